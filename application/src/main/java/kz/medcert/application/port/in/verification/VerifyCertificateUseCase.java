package kz.medcert.application.port.in.verification;

import java.util.Objects;
import java.util.function.Function;
import kz.medcert.domain.reference.Message;

/**
 * Public verification of a certificate by its number, without authentication: its status today and what identifies
 * it, never the holder's personal data ({@link PublicCertificateView}).
 */
public interface VerifyCertificateUseCase {

    /** Verifies the number as typed (surrounding spaces and letter case do not matter). */
    Verification verify(String number);

    /** Found, not a number this service issues (or mistyped), or not in the register. */
    sealed interface Verification {
        <R> R fold(Function<Found, R> ifFound, Function<Malformed, R> ifMalformed, Function<NotFound, R> ifNotFound);

        record Found(PublicCertificateView certificate) implements Verification {
            public Found {
                Objects.requireNonNull(certificate, "certificate");
            }

            @Override
            public <R> R fold(Function<Found, R> ifFound, Function<Malformed, R> ifMalformed,
                              Function<NotFound, R> ifNotFound) {
                return ifFound.apply(this);
            }
        }

        /**
         * @param explanation why, in words for the person who typed it («бақылау цифры сәйкес келмейді…»)
         * @param mistyped    the number has the right shape but its check digit does not match (a typing error), as
         *                    opposed to not looking like a certificate number at all
         */
        record Malformed(Message explanation, boolean mistyped) implements Verification {
            public Malformed {
                Objects.requireNonNull(explanation, "explanation");
            }

            /** Why, in English, e.g. "the check digit does not match: the number was probably mistyped". */
            public String reason() {
                return explanation.toString();
            }

            @Override
            public <R> R fold(Function<Found, R> ifFound, Function<Malformed, R> ifMalformed,
                              Function<NotFound, R> ifNotFound) {
                return ifMalformed.apply(this);
            }
        }

        record NotFound() implements Verification {
            @Override
            public <R> R fold(Function<Found, R> ifFound, Function<Malformed, R> ifMalformed,
                              Function<NotFound, R> ifNotFound) {
                return ifNotFound.apply(this);
            }
        }
    }
}
