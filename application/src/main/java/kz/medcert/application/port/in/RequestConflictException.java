package kz.medcert.application.port.in;

/** The request is not in a state that allows this step (e.g. consent on a submitted request), or changed meanwhile. */
public class RequestConflictException extends RuntimeException {
    public RequestConflictException(String message) {
        super(message);
    }
}
