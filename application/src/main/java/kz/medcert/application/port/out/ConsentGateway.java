package kz.medcert.application.port.out;

import java.util.Objects;
import kz.medcert.domain.person.Iin;

/**
 * The e-gov channel that asks the applicant for consent on their registered mobile number, by one-time password or
 * reply SMS (R60, R61).
 */
public interface ConsentGateway {

    /** Sends a one-time code to the person's e-gov-registered number; the reference identifies the request. */
    ConsentChallenge requestCode(Iin iin);

    /** Whether {@code code} is the one sent for {@code reference}, and has not expired. */
    boolean confirm(String reference, String code);

    /** A sent consent request. */
    record ConsentChallenge(String reference, String channel, String maskedPhone) {
        public ConsentChallenge {
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(maskedPhone, "maskedPhone");
        }
    }
}
