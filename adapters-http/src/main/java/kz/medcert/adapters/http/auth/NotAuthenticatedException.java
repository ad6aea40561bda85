package kz.medcert.adapters.http.auth;

/**
 * A protected route was called without a bearer token, or with one that is not accepted: answered 401 with a
 * {@code WWW-Authenticate: Bearer} challenge. The reason stays in the log.
 */
public final class NotAuthenticatedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean tokenPresented;

    NotAuthenticatedException(boolean tokenPresented, String reason) {
        super(reason, null, false, false);
        this.tokenPresented = tokenPresented;
    }

    /** Whether a bearer token was sent (and refused), rather than none at all (RFC 6750 §3.1). */
    public boolean tokenPresented() {
        return tokenPresented;
    }
}
