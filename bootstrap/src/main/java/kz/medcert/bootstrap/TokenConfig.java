package kz.medcert.bootstrap;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import kz.medcert.adapters.http.auth.DevTokens;
import kz.medcert.adapters.http.auth.TokenSettings;
import kz.medcert.adapters.http.auth.TokenVerifier;

/**
 * How bearer tokens are verified. Production: {@code MEDCERT_JWT_PUBLIC_KEY_FILE} (an RSA public key, PEM) or
 * {@code MEDCERT_JWT_JWKS_FILE} (a JWK set), RS256 only, with {@code MEDCERT_JWT_ISSUER} and
 * {@code MEDCERT_JWT_AUDIENCE} set explicitly. Development (neither file set): HS256 with {@code MEDCERT_JWT_SECRET},
 * by default a fixed demo secret that everyone can read here, so that {@code medcert-service.jar token ...} mints
 * tokens the demo accepts.
 *
 * @param secret        MEDCERT_JWT_SECRET: the shared secret (UTF-8, at least 32 bytes), development only
 * @param publicKeyFile MEDCERT_JWT_PUBLIC_KEY_FILE
 * @param jwksFile      MEDCERT_JWT_JWKS_FILE
 * @param issuer        MEDCERT_JWT_ISSUER ({@value #DEV_ISSUER} in development)
 * @param audience      MEDCERT_JWT_AUDIENCE ({@value #DEV_AUDIENCE} in development)
 * @param maxLifetime   MEDCERT_JWT_MAX_LIFETIME (PT12H): a token whose {@code exp} lies further out is refused
 */
public record TokenConfig(Optional<String> secret, Optional<Path> publicKeyFile, Optional<Path> jwksFile,
                          String issuer, String audience, Duration maxLifetime) {
    /** Known to everyone who reads this file: tokens signed with it prove nothing outside a demo. */
    public static final String DEMO_SECRET = "medcert-kz-demo-secret-for-development-only";
    public static final String DEV_ISSUER = "medcert-dev";
    public static final String DEV_AUDIENCE = "medcert-api";

    public static TokenConfig fromEnvironment(Map<String, String> env) {
        Optional<String> secret = value(env, "MEDCERT_JWT_SECRET");
        Optional<Path> publicKey = value(env, "MEDCERT_JWT_PUBLIC_KEY_FILE").map(Path::of);
        Optional<Path> jwks = value(env, "MEDCERT_JWT_JWKS_FILE").map(Path::of);
        boolean production = publicKey.isPresent() || jwks.isPresent();
        if (publicKey.isPresent() && jwks.isPresent()) {
            throw new IllegalArgumentException("set one of MEDCERT_JWT_PUBLIC_KEY_FILE and MEDCERT_JWT_JWKS_FILE, "
                    + "not both");
        }
        if (production && secret.isPresent()) {
            throw new IllegalArgumentException("MEDCERT_JWT_SECRET must not be set with a production key: HS256 is "
                    + "disabled when MEDCERT_JWT_PUBLIC_KEY_FILE or MEDCERT_JWT_JWKS_FILE is set");
        }
        Optional<String> issuer = value(env, "MEDCERT_JWT_ISSUER");
        Optional<String> audience = value(env, "MEDCERT_JWT_AUDIENCE");
        if (production && (issuer.isEmpty() || audience.isEmpty())) {
            throw new IllegalArgumentException("with a production key, MEDCERT_JWT_ISSUER and MEDCERT_JWT_AUDIENCE "
                    + "must name the identity provider's iss and this service's aud");
        }
        if (secret.isPresent() && bytes(secret.get()).length < TokenVerifier.MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("MEDCERT_JWT_SECRET must have at least "
                    + TokenVerifier.MIN_SECRET_BYTES + " bytes");
        }
        return new TokenConfig(secret, publicKey, jwks, issuer.orElse(DEV_ISSUER), audience.orElse(DEV_AUDIENCE),
                Environment.positive("MEDCERT_JWT_MAX_LIFETIME", value(env, "MEDCERT_JWT_MAX_LIFETIME"),
                        TokenSettings.DEFAULT_MAX_LIFETIME));
    }

    /** Whether tokens come from a production identity provider (RS256); HS256 is then disabled. */
    public boolean production() {
        return publicKeyFile.isPresent() || jwksFile.isPresent();
    }

    /** Whether the built-in demo secret is in use. */
    public boolean usesDemoSecret() {
        return !production() && secret.isEmpty();
    }

    public TokenSettings settings() {
        return new TokenSettings(issuer, audience).withMaxLifetime(maxLifetime);
    }

    /** The verifier this configuration asks for; a key file that cannot be used fails here, at start-up. */
    public TokenVerifier verifier(Clock clock) {
        if (publicKeyFile.isPresent()) {
            return TokenVerifier.rsaPublicKeyFile(publicKeyFile.get(), settings(), clock);
        }
        if (jwksFile.isPresent()) {
            return TokenVerifier.jwksFile(jwksFile.get(), settings(), clock);
        }
        return TokenVerifier.sharedSecret(sharedSecret(), settings(), clock);
    }

    /**
     * A minter of development tokens the service accepts.
     *
     * @throws IllegalStateException with a production key: such tokens come from the identity provider only
     */
    public DevTokens devTokens(Clock clock) {
        if (production()) {
            throw new IllegalStateException("a production key is configured (MEDCERT_JWT_PUBLIC_KEY_FILE or "
                    + "MEDCERT_JWT_JWKS_FILE): development tokens are refused; ask the identity provider");
        }
        return new DevTokens(sharedSecret(), settings(), clock);
    }

    private byte[] sharedSecret() {
        return bytes(secret.orElse(DEMO_SECRET));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // stripped as every other MEDCERT_* variable is: a secret or issuer read from a file ends with its newline
    private static Optional<String> value(Map<String, String> env, String name) {
        return Environment.value(env, name);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "TokenConfig[" + (production() ? "RS256 " + publicKeyFile.or(() -> jwksFile).orElseThrow()
                : usesDemoSecret() ? "HS256 demo secret" : "HS256 configured secret") + ", issuer=" + issuer
                + ", audience=" + audience + ", longest lifetime " + maxLifetime + "]";
    }
}
