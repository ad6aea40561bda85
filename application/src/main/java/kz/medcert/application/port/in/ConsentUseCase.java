package kz.medcert.application.port.in;

import java.util.function.Function;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.RequestId;

/** Consent to access restricted personal data by one-time code (R60, R61); without it nothing is fetched (R90). */
public interface ConsentUseCase {

    /**
     * Sends the one-time code through the e-gov gateway. Like every step here, only for the applicant's own request:
     * {@link AccessDeniedException} for anyone else, {@link RequestNotFoundException} for another's request.
     */
    ConsentChallengeView requestConsent(Actor actor, RequestId id);

    /** Confirms with the code; on success the registries are asked at once. */
    ConsentResult confirm(Actor actor, RequestId id, String code);

    /** The applicant declines: nothing is fetched and the evaluation carries ground 6. */
    RequestView decline(Actor actor, RequestId id);

    /** Where the code went. */
    record ConsentChallengeView(String reference, String channel, String maskedPhone) {
    }

    /** Confirmed, or the code was wrong or expired. */
    sealed interface ConsentResult {
        <R> R fold(Function<Confirmed, R> ifConfirmed, Function<WrongCode, R> ifWrongCode);

        record Confirmed(RequestView request) implements ConsentResult {
            @Override
            public <R> R fold(Function<Confirmed, R> ifConfirmed, Function<WrongCode, R> ifWrongCode) {
                return ifConfirmed.apply(this);
            }
        }

        record WrongCode() implements ConsentResult {
            @Override
            public <R> R fold(Function<Confirmed, R> ifConfirmed, Function<WrongCode, R> ifWrongCode) {
                return ifWrongCode.apply(this);
            }
        }
    }
}
