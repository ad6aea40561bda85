package kz.medcert.adapters.http.auth;

/**
 * A bearer token that is not accepted: malformed, wrongly signed, expired, not yet valid, for another issuer or
 * audience, or naming no valid actor. The message says which, for the log only: the caller learns no more than
 * "invalid token".
 */
public final class InvalidTokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidTokenException(String reason) {
        super(reason, null, false, false);
    }
}
