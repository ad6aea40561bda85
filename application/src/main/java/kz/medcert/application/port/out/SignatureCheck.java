package kz.medcert.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import kz.medcert.application.port.in.SignatureReason;

/**
 * What checking an EDS found (R17, R81): valid, with who signed; invalid, with the precise reason; or not checkable
 * now (a revocation service did not answer), which is neither: the submission is then neither accepted unchecked nor
 * refused, and is checked again when it is sent again.
 */
public sealed interface SignatureCheck {

    <R> R fold(Function<Valid, R> ifValid, Function<Invalid, R> ifInvalid, Function<Unavailable, R> ifUnavailable);

    /** A valid signature by the applicant over the content. */
    record Valid(Signer signer) implements SignatureCheck {
        public Valid {
            Objects.requireNonNull(signer, "signer");
        }

        @Override
        public <R> R fold(Function<Valid, R> v, Function<Invalid, R> i, Function<Unavailable, R> u) {
            return v.apply(this);
        }
    }

    /** Not the applicant's valid EDS over the content; {@code detail} says what exactly, for the log and the reader. */
    record Invalid(SignatureReason reason, String detail) implements SignatureCheck {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }

        @Override
        public <R> R fold(Function<Valid, R> v, Function<Invalid, R> i, Function<Unavailable, R> u) {
            return i.apply(this);
        }
    }

    /** The check could not be completed now; {@code what} names what failed (e.g. the OCSP responder unreachable). */
    record Unavailable(String what) implements SignatureCheck {
        public Unavailable {
            Objects.requireNonNull(what, "what");
        }

        @Override
        public <R> R fold(Function<Valid, R> v, Function<Invalid, R> i, Function<Unavailable, R> u) {
            return u.apply(this);
        }
    }

    /**
     * The signer as their certificate names them: subject and issuer distinguished names, the certificate's serial
     * number (hex), and the signing time (the signature's signed attribute, else the moment of the check).
     */
    record Signer(String subject, String issuer, String serialNumber, Instant signingTime) {
        public Signer {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(serialNumber, "serialNumber");
            Objects.requireNonNull(signingTime, "signingTime");
        }
    }
}
