package kz.medcert.application.port.in;

/** An idempotency key sent again with a different body: the client mixed up two requests. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String message) {
        super(message);
    }
}
