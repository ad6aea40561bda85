package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
    private static final Instant NOW = RunningService.DEMO_DAY;
    private static final String UNKNOWN = "/api/v1/requests/00000000-0000-0000-0000-000000000000";
    private static IdentityProvider idp;
    private static RunningService service;

    @BeforeAll
    static void start() throws IOException {
        idp = IdentityProvider.issuingAt(NOW);
        service = RunningService.start(Clock.fixed(NOW, ZoneOffset.UTC),
                idp.settings(Files.createTempDirectory("medcert-jwks")));
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void identityProviderToken_isAccepted() {
        HttpResponse<String> response = service.withAuthorization("Bearer " + idp.token("ADM-1", "ADMIN"))
                .get(UNKNOWN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    }

    @Test
    void developmentToken_isRefused_evenForTheRightIssuerAndAudience() {
        DevTokens demo = new DevTokens(TokenConfig.DEMO_SECRET.getBytes(StandardCharsets.UTF_8),
                new TokenSettings(IdentityProvider.ISSUER, IdentityProvider.AUDIENCE),
                Clock.fixed(NOW, ZoneOffset.UTC));

        HttpResponse<String> response = service.withAuthorization("Bearer " + demo.mint(new Actor.Admin("ADM-1")))
                .get(UNKNOWN);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("invalid_token"));
    }

    @Test
    void identityProviderTokenForAnotherAudience_isRefused() {
        JWTClaimsSet claims = idp.claims("ADM-1", "ADMIN").audience("another-service").build();

        HttpResponse<String> response = service.withAuthorization("Bearer " + idp.sign(claims)).get(UNKNOWN);

        assertThat(response.statusCode()).isEqualTo(401);
    }
}
