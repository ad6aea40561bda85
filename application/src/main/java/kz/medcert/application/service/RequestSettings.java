package kz.medcert.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * Operating limits of the applicant's journey.
 *
 * @param maxAttachmentBytes largest electronic copy accepted
 * @param firstRetryDelay    wait before asking a failed registry again; doubles with each failure
 * @param maxRetryDelay      cap of that wait
 */
public record RequestSettings(long maxAttachmentBytes, Duration firstRetryDelay, Duration maxRetryDelay) {
    public static final RequestSettings DEFAULTS = new RequestSettings(10L * 1024 * 1024, Duration.ofSeconds(30),
            Duration.ofHours(1));

    public RequestSettings {
        Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        if (maxAttachmentBytes <= 0) {
            throw new IllegalArgumentException("maxAttachmentBytes must be positive");
        }
    }

    /** Exponential back-off: first delay × 2^(attempts − 1), capped. */
    public Duration retryDelayAfter(int attempts) {
        Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
