package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import kz.medcert.application.fakes.FakeConsentGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Consent codes over HTTP (R60, R61): asked too often, 429 with Retry-After; five wrong codes make the challenge void,
 * so that even the right code is then refused until a new one is asked for.
 */
class ConsentCodeLimitsTest {
    private final TestApi api = TestApi.start();
    private final Journeys journeys = new Journeys(api);

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aSecondCodeWithinAMinute_is429WithRetryAfter() {
        String id = journeys.started();
        assertThat(api.post(Journeys.path(id) + "/consent").statusCode()).isEqualTo(202);
        api.journey().clock.advance(Duration.ofSeconds(20));

        HttpResponse<String> again = api.post(Journeys.path(id) + "/consent");

        assertThat(again.statusCode()).as(again.body()).isEqualTo(429);
        assertThat(again.headers().firstValue("Retry-After")).contains("40");
        assertThat(TestApi.json(again).path("type").asText()).isEqualTo("https://medcert.kz/problems/too-many-requests");
        assertThat(api.journey().gateway.codesSentTo()).hasSize(1);
    }

    @Test
    void fiveWrongCodesVoidTheCode_thenEvenTheRightOneIsRefused_untilANewOneIsAsked() {
        String id = journeys.started();
        api.post(Journeys.path(id) + "/consent");

        for (int i = 1; i <= 4; i++) {
            JsonNode wrong = TestApi.json(confirm(id, "000000", 422));
            assertThat(wrong.path("detail").asText()).contains((5 - i) + " more tries");
        }
        assertThat(TestApi.json(confirm(id, "000000", 422)).path("errors").get(0).path("message").asText())
                .contains("void");
        assertThat(TestApi.json(confirm(id, FakeConsentGateway.CODE, 422)).path("errors").get(0).path("message")
                .asText()).contains("void");

        api.journey().clock.advance(Duration.ofMinutes(1));
        assertThat(api.post(Journeys.path(id) + "/consent").statusCode()).isEqualTo(202);
        confirm(id, FakeConsentGateway.CODE, 200);
    }

    private HttpResponse<String> confirm(String id, String code, int status) {
        HttpResponse<String> response = api.postJson(Journeys.path(id) + "/consent/confirmation",
                "{\"code\":\"" + code + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return response;
    }
}
