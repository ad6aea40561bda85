package kz.medcert.adapters.http.auth;

/** An authenticated actor called a route that their role does not admit (e.g. an officer starting a request): 403. */
public final class WrongRoleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WrongRoleException(String message) {
        super(message, null, false, false);
    }
}
