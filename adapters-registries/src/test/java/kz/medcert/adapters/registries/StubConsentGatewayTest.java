package kz.medcert.adapters.registries;

import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.application.port.out.ConsentGateway.Delivery;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;
import org.junit.jupiter.api.Test;

/** The demo consent channel delivers the code it is given to the person's masked e-gov phone, and nothing else. */
class StubConsentGatewayTest {
    private final DemoPersons persons = DemoPersons.load();
    private final StubConsentGateway gateway = new StubConsentGateway(persons);
    private final DemoPerson pediatrician = persons.byId("P01").orElseThrow();

    @Test
    void deliversByOtpToTheMaskedEgovPhone() {
        Delivery delivery = gateway.deliver(pediatrician.iin(), "CONSENT-1", "482913", Language.RU);

        assertThat(gateway.channel()).isEqualTo("OTP");
        assertThat(delivery.maskedPhone()).isEqualTo("+7 700 *** ** 53");
        assertThat(gateway.lastCodeSentTo(pediatrician.iin())).contains("482913");
    }

    @Test
    void thePhoneShowsTheLastCodeSent() {
        gateway.deliver(pediatrician.iin(), "CONSENT-1", "111111", Language.RU);
        gateway.deliver(pediatrician.iin(), "CONSENT-2", "222222", Language.RU);

        assertThat(gateway.lastCodeSentTo(pediatrician.iin())).contains("222222");
        assertThat(gateway.lastCodeSentTo(Iin.parse("990203317687"))).isEmpty();
    }

    @Test
    void anUnknownPersonGetsTheCodeAtAFullyMaskedPhone() {
        Iin stranger = Iin.parse("900101300017");

        assertThat(gateway.deliver(stranger, "CONSENT-1", "123456", Language.RU).maskedPhone())
                .isEqualTo("+7 *** *** ** **");
    }

    @Test
    void theDemoCodeIsTheReadmes() {
        assertThat(StubConsentGateway.DEMO_CODE).isEqualTo("123456");
    }
}
