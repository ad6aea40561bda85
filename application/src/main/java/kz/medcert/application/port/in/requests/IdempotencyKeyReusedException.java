package kz.medcert.application.port.in.requests;

import kz.medcert.application.port.in.ExplainedException;
import kz.medcert.domain.reference.Message;

/** An idempotency key sent again with a different body: the client mixed up two requests. */
public class IdempotencyKeyReusedException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    public IdempotencyKeyReusedException(Message explanation) {
        super(explanation);
    }
}
