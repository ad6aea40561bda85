package kz.medcert.application.port.out;

/** The stored request changed since it was read: the caller reloads and tries again, or reports a conflict. */
public class ConcurrentUpdateException extends RuntimeException {
    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
