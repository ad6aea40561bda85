package kz.medcert.application.port.in.requests;

import java.time.Duration;
import java.util.Objects;
import kz.medcert.application.port.in.ExplainedException;
import kz.medcert.domain.reference.Message;

/** No new consent code now: too many were asked for this request or this person lately (see ConsentLimits). */
public final class TooManyConsentCodesException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    public TooManyConsentCodesException(Message explanation, Duration retryAfter) {
        super(explanation);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long until a code may be asked for again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
