package kz.medcert.application.port.in;

/**
 * The caller decided on the version of a request it had read, and the request has changed since: someone else acted
 * on it in between. The caller reads it again and decides on what it now holds.
 */
public final class StaleRequestException extends RuntimeException {

    public StaleRequestException(String message) {
        super(message);
    }
}
