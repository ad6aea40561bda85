package kz.medcert.application.service;

import java.time.Duration;
import java.util.Objects;
import kz.medcert.domain.request.FallbackPolicy;

/**
 * Operating limits of the applicant's journey.
 *
 * @param maxAttachmentBytes largest electronic copy accepted
 * @param firstRetryDelay    wait before asking a failed registry again; doubles with each failure
 * @param maxRetryDelay      cap of that wait
 * @param registryTimeLimit  longest wait for one registry's answer; a registry that takes longer has failed and is
 *                           asked again later, so that neither the applicant's call nor the retry worker hangs
 * @param fallback           when a registry that does not answer is given up on for the applicant, who then declares
 *                           and uploads what it would have supplied (R21, R70)
 */
public record RequestSettings(long maxAttachmentBytes, Duration firstRetryDelay, Duration maxRetryDelay,
                              Duration registryTimeLimit, FallbackPolicy fallback) {
    public static final Duration DEFAULT_REGISTRY_TIME_LIMIT = Duration.ofSeconds(5);
    public static final RequestSettings DEFAULTS = new RequestSettings(10L * 1024 * 1024, Duration.ofSeconds(30),
            Duration.ofHours(1), DEFAULT_REGISTRY_TIME_LIMIT, FallbackPolicy.DEFAULT);

    public RequestSettings {
        Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        Objects.requireNonNull(registryTimeLimit, "registryTimeLimit");
        Objects.requireNonNull(fallback, "fallback");
        if (maxAttachmentBytes <= 0) {
            throw new IllegalArgumentException("maxAttachmentBytes must be positive");
        }
        if (registryTimeLimit.isNegative() || registryTimeLimit.isZero()) {
            throw new IllegalArgumentException("registryTimeLimit must be positive, got " + registryTimeLimit);
        }
    }

    /** With the default fallback (R21, R70). */
    public RequestSettings(long maxAttachmentBytes, Duration firstRetryDelay, Duration maxRetryDelay,
                           Duration registryTimeLimit) {
        this(maxAttachmentBytes, firstRetryDelay, maxRetryDelay, registryTimeLimit, FallbackPolicy.DEFAULT);
    }

    /** With the default time limit for a registry's answer. */
    public RequestSettings(long maxAttachmentBytes, Duration firstRetryDelay, Duration maxRetryDelay) {
        this(maxAttachmentBytes, firstRetryDelay, maxRetryDelay, DEFAULT_REGISTRY_TIME_LIMIT);
    }

    /** The same settings with another fallback. */
    public RequestSettings withFallback(FallbackPolicy value) {
        return new RequestSettings(maxAttachmentBytes, firstRetryDelay, maxRetryDelay, registryTimeLimit, value);
    }

    /** Exponential back-off: first delay × 2^(attempts − 1), capped. */
    public Duration retryDelayAfter(int attempts) {
        Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
