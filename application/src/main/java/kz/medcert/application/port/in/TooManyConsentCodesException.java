package kz.medcert.application.port.in;

import java.time.Duration;
import java.util.Objects;

/** No new consent code now: too many were asked for this request or this person lately (see ConsentLimits). */
public final class TooManyConsentCodesException extends RuntimeException {
    private final transient Duration retryAfter;

    public TooManyConsentCodesException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long until a code may be asked for again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
