package kz.medcert.application.service.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.medcert.application.port.out.ConsentCodeUndeliverableException;
import kz.medcert.application.port.out.ContactDirectory;
import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.SmsGateway;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;
import org.junit.jupiter.api.Test;

/** R60, R61: the consent code goes by SMS to the registered number, in the request's language, or not at all. */
class SmsConsentGatewayTest {
    private static final Iin APPLICANT = Iin.parse("900101300017");
    private final List<SmsGateway.Sms> sent = new ArrayList<>();
    private DeliveryOutcome answer = new DeliveryOutcome.Delivered("ok");
    private final SmsGateway provider = sms -> {
        sent.add(sms);
        return answer;
    };
    private final ContactDirectory registered = iin -> new ContactDirectory.Contacts(
            Optional.of("+7 701 234 56 78"), Optional.empty());

    @Test
    void theCodeGoesToTheRegisteredNumber_inTheApplicantsLanguage_keyedByTheReference() {
        var delivery = new SmsConsentGateway(registered, provider).deliver(APPLICANT, "CONSENT-1", "482913",
                Language.KK);

        assertThat(delivery.maskedPhone()).isEqualTo("+7 701 *** ** 78");
        assertThat(sent).singleElement().satisfies(sms -> {
            assertThat(sms.to()).isEqualTo("+7 701 234 56 78");
            assertThat(sms.idempotencyKey()).isEqualTo("CONSENT-1");
            assertThat(sms.text()).contains("482913", "келісім коды", "CONSENT-1");
        });
    }

    @Test
    void theSameCodeInRussianAndEnglishReadsDifferently() {
        SmsConsentGateway gateway = new SmsConsentGateway(registered, provider);
        gateway.deliver(APPLICANT, "CONSENT-1", "482913", Language.RU);
        gateway.deliver(APPLICANT, "CONSENT-2", "482913", Language.EN);

        assertThat(sent.get(0).text()).contains("код согласия 482913");
        assertThat(sent.get(1).text()).contains("consent code 482913");
    }

    @Test
    void aProviderThatRefusesOrFails_leavesTheCodeUndelivered() {
        SmsConsentGateway gateway = new SmsConsentGateway(registered, provider);
        answer = new DeliveryOutcome.Deferred("the SMS provider answered 503");

        assertThatThrownBy(() -> gateway.deliver(APPLICANT, "CONSENT-1", "482913", Language.RU))
                .isInstanceOf(ConsentCodeUndeliverableException.class).hasMessageContaining("503");
        answer = new DeliveryOutcome.Rejected("the SMS provider answered 400");
        assertThatThrownBy(() -> gateway.deliver(APPLICANT, "CONSENT-2", "482913", Language.RU))
                .isInstanceOf(ConsentCodeUndeliverableException.class).hasMessageContaining("400");
    }

    @Test
    void aPersonWithoutARegisteredNumberGetsNoCode() {
        SmsConsentGateway gateway = new SmsConsentGateway(iin -> ContactDirectory.Contacts.NONE, provider);

        assertThatThrownBy(() -> gateway.deliver(APPLICANT, "CONSENT-1", "482913", Language.RU))
                .isInstanceOf(ConsentCodeUndeliverableException.class).hasMessageContaining("no mobile number");
        assertThat(sent).isEmpty();
    }
}
