package kz.medcert.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import kz.medcert.adapters.http.auth.DevTokens;
import kz.medcert.adapters.http.auth.TokenSettings;
import kz.medcert.adapters.registries.StubConsentGateway;
import kz.medcert.bootstrap.OperationsConfig;
import kz.medcert.bootstrap.TokenConfig;
import kz.medcert.domain.access.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outside demo mode (another database, the identity provider's key, the service's key file), none of the demo's
 * settings work: tokens signed with the public demo secret are refused, the consent code is drawn at random (123456 is
 * just a wrong code) and sent by SMS through the configured provider (a local HTTP double here), the demo EDS signature
 * is not accepted (without trust anchors no signature can be checked: 503, nothing stored; with them it is no CMS
 * signature, see SignatureEndToEndTest), and the register holds no demo certificates.
 */
class ProductionModeEndToEndTest {
    private static final Instant NOW = RunningService.DEMO_DAY;
    private static final String P02 = DemoApplications.P02_IIN;
    private static ProductionModeService production;
    private static RunningService service;

    @BeforeAll
    static void start() {
        production = ProductionModeService.start(Clock.fixed(NOW, ZoneOffset.UTC), Map.of());
        service = production.service;
    }

    @AfterAll
    static void stop() {
        production.close();
    }

    @Test
    void theMetrics_areOff_withoutAToken_orAPortOfTheirOwn_andTheDemoTokenOpensNothing() {
        assertThat(service.get("/metrics").statusCode()).isEqualTo(404);
        assertThat(service.withAuthorization("Bearer " + OperationsConfig.DEMO_METRICS_TOKEN).get("/metrics")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void tokensSignedWithTheDemoSecret_areRefused_whateverTheyClaim() {
        for (TokenSettings settings : new TokenSettings[] {
                new TokenSettings(TokenConfig.DEV_ISSUER, TokenConfig.DEV_AUDIENCE),
                new TokenSettings(IdentityProvider.ISSUER, IdentityProvider.AUDIENCE)}) {
            DevTokens demo = new DevTokens(TokenConfig.DEMO_SECRET.getBytes(StandardCharsets.UTF_8), settings,
                    Clock.fixed(NOW, ZoneOffset.UTC));

            HttpResponse<String> export = service.withAuthorization("Bearer " + demo.mint(new Actor.Admin("ADM-1")))
                    .get("/api/v1/admin/reports/expiring?from=2020-01-01&to=2030-12-31&format=csv");

            assertThat(export.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void theConsentCodeIsDrawnAtRandom_andTheDemoSignatureIsNotAccepted() {
        RunningService p02 = production.as(P02, "APPLICANT");
        HttpResponse<String> started = p02.postJson("/api/v1/requests", """
                {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан", "region": "ASTANA"},
                 "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}""");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String request = "/api/v1/requests/" + Journey.json(started).path("id").asText();
        String code = sendCode(p02, request);
        if (code.equals(StubConsentGateway.DEMO_CODE)) {
            code = sendCode(p02, request); // one draw in a million: ask again, so that the demo code is a wrong one
        }

        HttpResponse<String> demoCode = p02.postJson(request + "/consent/confirmation", "{\"code\": \"123456\"}");
        HttpResponse<String> sentCode = p02.postJson(request + "/consent/confirmation",
                "{\"code\": \"" + code + "\"}");

        assertThat(demoCode.statusCode()).as(demoCode.body()).isEqualTo(422);
        assertThat(sentCode.statusCode()).as(sentCode.body()).isEqualTo(200);
        String digest = Journey.json(p02.get(request)).path("contentDigest").asText();
        HttpResponse<String> submitted = p02.postJson(request + "/submission",
                "{\"signature\": \"DEMO-EDS:" + P02 + ":" + digest + "\"}");
        // no trust anchors are configured: no signature can be checked, so none is accepted and nothing is stored
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(503);
        assertThat(submitted.headers().firstValue("Retry-After")).isPresent();
        JsonNode view = Journey.json(p02.get(request));
        assertThat(view.path("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
    }

    @Test
    void aConsentCodeTheSmsProviderCannotTakeNow_isAnswered503WithRetryAfter_andCanBeAskedForAgain() {
        RunningService p02 = production.as(P02, "APPLICANT");
        HttpResponse<String> started = p02.postJson("/api/v1/requests", """
                {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан", "region": "ASTANA"},
                 "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}""");
        String request = "/api/v1/requests/" + Journey.json(started).path("id").asText();
        StubMapping down = production.smsProvider.stubFor(post("/sms").atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        HttpResponse<String> undelivered;
        try {
            undelivered = p02.postJson(request + "/consent", "");
        } finally {
            production.smsProvider.removeStub(down);
        }

        assertThat(undelivered.statusCode()).as(undelivered.body()).isEqualTo(503);
        assertThat(undelivered.headers().firstValue("Retry-After")).contains("60");
        assertThat(Journey.json(undelivered).path("type").asText()).endsWith("/service-unavailable");
        assertThat(sendCode(p02, request)).hasSize(6);
    }

    @Test
    void theRegisterHoldsNoDemoCertificates() {
        assertThat(service.get("/api/v1/public/certificates/MC-2022-00000001-4").statusCode()).isEqualTo(404);
    }

    private static String sendCode(RunningService applicant, String request) {
        HttpResponse<String> challenge = applicant.postJson(request + "/consent", "");
        assertThat(challenge.statusCode()).as(challenge.body()).isEqualTo(202);
        JsonNode last = production.lastSms();
        assertThat(last.path("to").asText()).as("P02's registered number").startsWith("+7 7");
        assertThat(last.path("idempotencyKey").asText())
                .isEqualTo(Journey.json(challenge).path("reference").asText());
        return ProductionModeService.codeIn(last);
    }
}
