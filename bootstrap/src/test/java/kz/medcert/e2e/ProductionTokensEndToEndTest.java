package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import kz.medcert.adapters.http.auth.DevTokens;
import kz.medcert.adapters.http.auth.TokenSettings;
import kz.medcert.bootstrap.TokenConfig;
import kz.medcert.domain.access.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Production mode over the real wiring: the identity provider's keys come from a JWKS file; its RS256 tokens are
 * accepted, development (HS256) tokens are not, even signed with the demo secret for the right issuer and audience.
 */
class ProductionTokensEndToEndTest {
    private static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");
    private static final String ISSUER = "https://idp.test/realms/medcert";
    private static final String AUDIENCE = "medcert-api";
    private static final String UNKNOWN = "/api/v1/requests/00000000-0000-0000-0000-000000000000";
    private static RSAKey idpKey;
    private static RunningService service;

    @BeforeAll
    static void start() throws JOSEException, IOException {
        idpKey = new RSAKeyGenerator(2048).keyID("idp-2026").generate();
        Path jwks = Files.createTempDirectory("medcert-jwks").resolve("jwks.json");
        Files.writeString(jwks, new JWKSet(idpKey.toPublicJWK()).toString());
        service = RunningService.start(Clock.fixed(NOW, ZoneOffset.UTC), Map.of("MEDCERT_JWT_JWKS_FILE",
                jwks.toString(), "MEDCERT_JWT_ISSUER", ISSUER, "MEDCERT_JWT_AUDIENCE", AUDIENCE));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void identityProviderToken_isAccepted() throws JOSEException {
        HttpResponse<String> response = service.withAuthorization("Bearer " + idpToken("ADM-1", "ADMIN"))
                .get(UNKNOWN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    }

    @Test
    void developmentToken_isRefused_evenForTheRightIssuerAndAudience() {
        DevTokens demo = new DevTokens(TokenConfig.DEMO_SECRET.getBytes(StandardCharsets.UTF_8),
                new TokenSettings(ISSUER, AUDIENCE), Clock.fixed(NOW, ZoneOffset.UTC));

        HttpResponse<String> response = service.withAuthorization("Bearer " + demo.mint(new Actor.Admin("ADM-1")))
                .get(UNKNOWN);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("invalid_token"));
    }

    @Test
    void identityProviderTokenForAnotherAudience_isRefused() throws JOSEException {
        JWTClaimsSet claims = claims("ADM-1", "ADMIN").audience("another-service").build();

        HttpResponse<String> response = service.withAuthorization("Bearer " + sign(claims)).get(UNKNOWN);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    private static String idpToken(String subject, String role) throws JOSEException {
        return sign(claims(subject, role).build());
    }

    private static JWTClaimsSet.Builder claims(String subject, String role) {
        return new JWTClaimsSet.Builder().subject(subject).claim("role", role).issuer(ISSUER).audience(AUDIENCE)
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(300)));
    }

    private static String sign(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(idpKey.getKeyID()).build(),
                claims);
        jwt.sign(new RSASSASigner(idpKey));
        return jwt.serialize();
    }
}
