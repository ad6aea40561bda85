package kz.medcert.application.port.in.requests;

import java.util.function.Function;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.RequestId;

/** Consent to access restricted personal data by one-time code (R60, R61); without it nothing is fetched (R90). */
public interface ConsentUseCase {

    /**
     * Draws a one-time code and sends it through the e-gov gateway; the code asked before for this request, if any,
     * no longer counts. Like every step here, only for the applicant's own request: {@link AccessDeniedException} for
     * anyone else, {@link RequestNotFoundException} for another's request.
     *
     * @throws TooManyConsentCodesException when a code was sent for this request less than a minute ago, or too many
     *                                      this hour for the request or the person
     */
    ConsentChallengeView requestConsent(Actor actor, RequestId id);

    /**
     * Confirms with the code; on success the registries are asked at once. A code takes a limited number of wrong
     * tries, then it is void and a new one is needed.
     */
    ConsentResult confirm(Actor actor, RequestId id, String code);

    /** The applicant declines: nothing is fetched and the evaluation carries ground 6. */
    RequestView decline(Actor actor, RequestId id);

    /** Where the code went. */
    record ConsentChallengeView(String reference, String channel, String maskedPhone) {
    }

    /** Confirmed, or the code was not accepted, and why. */
    sealed interface ConsentResult {
        <R> R fold(Function<Confirmed, R> ifConfirmed, Function<WrongCode, R> ifWrongCode);

        record Confirmed(RequestView request) implements ConsentResult {
            @Override
            public <R> R fold(Function<Confirmed, R> ifConfirmed, Function<WrongCode, R> ifWrongCode) {
                return ifConfirmed.apply(this);
            }
        }

        /**
         * The code was not accepted.
         *
         * @param triesLeft how many more codes the challenge takes (0 once it is void or expired)
         */
        record WrongCode(Reason reason, int triesLeft) implements ConsentResult {
            public WrongCode {
                java.util.Objects.requireNonNull(reason, "reason");
            }

            @Override
            public <R> R fold(Function<Confirmed, R> ifConfirmed, Function<WrongCode, R> ifWrongCode) {
                return ifWrongCode.apply(this);
            }

            public enum Reason {
                /** Not the code sent; the challenge takes more tries. */
                WRONG,
                /** The code's time is over. */
                EXPIRED,
                /** Too many wrong codes: this one no longer counts, whatever is typed. */
                VOID
            }
        }
    }
}
