package kz.medcert.application.port.out;

import java.util.Objects;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;

/**
 * The e-gov channel that delivers a one-time code to the applicant's registered mobile number (R60, R61). It only
 * delivers: the service draws the code, keeps its hash and checks what the applicant types.
 */
public interface ConsentGateway {

    /** The channel the codes go by (e.g. OTP), as the request's history names it. */
    String channel();

    /**
     * Sends {@code code} to the person's e-gov-registered number, quoting {@code reference}, in {@code language} (the
     * applicant's, of the request); says where it went.
     *
     * @throws ConsentCodeUndeliverableException when the code cannot be sent now
     */
    Delivery deliver(Iin iin, String reference, String code, Language language);

    /** A delivered code: the number it went to, masked. */
    record Delivery(String maskedPhone) {
        public Delivery {
            Objects.requireNonNull(maskedPhone, "maskedPhone");
        }
    }
}
