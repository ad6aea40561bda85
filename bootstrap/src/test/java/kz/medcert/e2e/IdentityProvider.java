package kz.medcert.e2e;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * The identity provider of production mode, played by the test: an RS256 key of its own, published to the service as
 * a JWKS file (MEDCERT_JWT_JWKS_FILE), and the tokens it issues for our issuer and audience.
 */
final class IdentityProvider {
    static final String ISSUER = "https://idp.test/realms/medcert";
    static final String AUDIENCE = "medcert-api";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final RSAKey key;
    private final Instant now;

    private IdentityProvider(RSAKey key, Instant now) {
        this.key = key;
        this.now = now;
    }

    /** A provider with a fresh key, issuing its tokens at {@code now} (the service's stopped clock). */
    static IdentityProvider issuingAt(Instant now) {
        try {
            return new IdentityProvider(new RSAKeyGenerator(2048).keyID("idp-2026").generate(), now);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The settings that make the service trust this provider, its public key written to a JWKS file in {@code dir}. */
    Map<String, String> settings(Path dir) {
        try {
            Path jwks = Files.writeString(dir.resolve("jwks.json"), new JWKSet(key.toPublicJWK()).toString());
            return Map.of("MEDCERT_JWT_JWKS_FILE", jwks.toString(), "MEDCERT_JWT_ISSUER", ISSUER,
                    "MEDCERT_JWT_AUDIENCE", AUDIENCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The claims of a valid token of {@code subject} in {@code role}: issued now, valid five minutes. */
    JWTClaimsSet.Builder claims(String subject, String role) {
        return new JWTClaimsSet.Builder().subject(subject).claim("role", role).issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plus(LIFETIME)));
    }

    /** A valid token of {@code subject} in {@code role}. */
    String token(String subject, String role) {
        return sign(claims(subject, role).build());
    }

    /** These claims, signed RS256 with the provider's key. */
    String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
