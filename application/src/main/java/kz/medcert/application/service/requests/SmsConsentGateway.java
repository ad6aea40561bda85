package kz.medcert.application.service.requests;

import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.out.ConsentCodeUndeliverableException;
import kz.medcert.application.port.out.ConsentGateway;
import kz.medcert.application.port.out.ContactDirectory;
import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.SmsGateway;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;

/**
 * The consent channel outside demo mode (R60, R61): the code goes by SMS to the mobile number e-gov has registered for
 * the applicant, worded in the request's language. The reference is the message's idempotency key, so that a provider
 * that took the message once never sends it twice. A provider that refuses or does not answer, or a person without a
 * registered number, leaves the code undelivered: the applicant asks for another one later.
 */
public final class SmsConsentGateway implements ConsentGateway {
    public static final String CHANNEL = "SMS";

    private final ContactDirectory contacts;
    private final SmsGateway sms;

    @Inject
    public SmsConsentGateway(ContactDirectory contacts, SmsGateway sms) {
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.sms = Objects.requireNonNull(sms, "sms");
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public Delivery deliver(Iin iin, String reference, String code, Language language) {
        String phone = contacts.contactsOf(iin).phone().orElseThrow(() -> new ConsentCodeUndeliverableException(
                "no mobile number is registered for " + iin.masked()));
        String text = ServiceText.CONSENT_CODE_SMS.message().with("code", code).with("reference", reference)
                .in(language);
        SmsGateway.Sms message = new SmsGateway.Sms(phone, text, reference);
        DeliveryOutcome outcome = sms.send(message);
        if (outcome instanceof DeliveryOutcome.Delivered) {
            return new Delivery(masked(phone));
        }
        throw new ConsentCodeUndeliverableException("the SMS provider did not take the code for " + reference + ": "
                + outcome);
    }

    /** The operator code and the last two digits, as the consent screen shows them: "+7 701 *** ** 78". */
    static String masked(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 7) {
            return "***";
        }
        return "+" + digits.charAt(0) + " " + digits.substring(1, 4) + " *** ** " + digits.substring(digits.length() - 2);
    }
}
