package kz.medcert.domain.request;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * R21, R70: when a state registry that does not answer stops holding the applicant. The Order asks the information
 * systems first, and whenever a fetch returns nothing and a rule requires the document, the applicant may upload it
 * (R21's reading); a registry that stays down must not hold the application forever. It is marked unavailable for the
 * applicant {@code after} the consent (the moment the registries were first asked), or after {@code attempts} failed
 * attempts, whichever comes first; it is still asked in the background, and an answer that comes later wins.
 *
 * @param after    how long after the consent a registry that has not answered is given up on for the applicant
 * @param attempts how many failed attempts give it up sooner (1 or more)
 */
public record FallbackPolicy(Duration after, int attempts) {
    /**
     * Two hours, or 8 failed attempts: with the default back-off (30 s, doubling) the eighth fails about an hour
     * after the consent, so an outage of a few minutes never reaches the applicant, and an applicant is never kept
     * waiting beyond the same working session.
     */
    public static final FallbackPolicy DEFAULT = new FallbackPolicy(Duration.ofHours(2), 8);

    public FallbackPolicy {
        Objects.requireNonNull(after, "after");
        if (after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("the time before a registry is given up on must be positive, not "
                    + after);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("the attempts before a registry is given up on must be 1 or more, not "
                    + attempts);
        }
    }

    /** The moment a registry asked under a consent given at {@code consentAt} is given up on, if it has not answered. */
    public Instant deadline(Instant consentAt) {
        return consentAt.plus(after);
    }

    /** Whether a registry that has failed {@code failedAttempts} times is given up on at {@code now}. */
    public boolean reached(int failedAttempts, Instant consentAt, Instant now) {
        return failedAttempts >= attempts || !now.isBefore(deadline(consentAt));
    }
}
