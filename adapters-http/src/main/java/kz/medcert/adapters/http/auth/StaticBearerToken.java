package kz.medcert.adapters.http.auth;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Objects;

/**
 * One configured secret that a client presents as {@code Authorization: Bearer <secret>}, e.g. the operators' metrics
 * token: not a JWT, nobody's identity, only proof of knowing the secret. Compared in constant time, over digests of
 * equal length, so that neither the content nor the length of the secret leaks through timing. A missing or wrong
 * token is {@link NotAuthenticatedException} (401, never saying which).
 */
public final class StaticBearerToken {
    /** The shortest secret accepted: as long as the JWT secret's minimum. */
    public static final int MIN_LENGTH = 32;
    private static final String BEARER = "bearer ";

    private final byte[] digest;

    private StaticBearerToken(byte[] digest) {
        this.digest = digest;
    }

    /** @throws IllegalArgumentException when the secret is shorter than {@value #MIN_LENGTH} characters or blank */
    public static StaticBearerToken of(String secret) {
        Objects.requireNonNull(secret, "secret");
        if (secret.strip().length() < MIN_LENGTH) {
            throw new IllegalArgumentException("a bearer secret needs at least " + MIN_LENGTH + " characters (e.g. "
                    + "`openssl rand -hex 32`), not " + secret.strip().length());
        }
        return new StaticBearerToken(sha256(secret.strip()));
    }

    /** Returns when the request presents the secret; 401 otherwise. */
    public void check(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new NotAuthenticatedException(false, "no bearer token");
        }
        if (!MessageDigest.isEqual(digest, sha256(header.substring(BEARER.length()).strip()))) {
            throw new NotAuthenticatedException(true, "not the configured token");
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    @Override
    public String toString() {
        return "StaticBearerToken[secret hidden]";
    }
}
