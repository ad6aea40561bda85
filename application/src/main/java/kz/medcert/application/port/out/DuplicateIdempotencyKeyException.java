package kz.medcert.application.port.out;

/** The owner already used this idempotency key (e.g. a concurrent retry stored its request first). */
public class DuplicateIdempotencyKeyException extends RuntimeException {
    public DuplicateIdempotencyKeyException(String message) {
        super(message);
    }
}
