package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Consent codes over the real wiring with the default limits (R60, R61): a person gets at most five codes an hour
 * over all their requests, a request one a minute; beyond, 429 with Retry-After, and no code is sent.
 */
class ConsentLimitsEndToEndTest {
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.start(Clock.fixed(RunningService.DEMO_DAY, ZoneOffset.UTC), Map.of());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void aSixthCodeForOnePersonWithinTheHour_is429WithRetryAfter_andASecondForOneRequestToo() {
        Journey first = null;
        for (int i = 0; i < 5; i++) {
            Journey journey = new Journey(service, DemoApplications.P01_IIN);
            journey.start(DemoApplications.P01_ELIGIBLE);
            HttpResponse<String> asked = service.asApplicant(journey.iin).postJson(journey.path("/consent"), "");
            assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
            first = first == null ? journey : first;
        }
        Journey sixth = new Journey(service, DemoApplications.P01_IIN);
        sixth.start(DemoApplications.P01_ELIGIBLE);

        HttpResponse<String> refused = service.asApplicant(sixth.iin).postJson(sixth.path("/consent"), "");
        HttpResponse<String> again = service.asApplicant(first.iin).postJson(first.path("/consent"), "");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("3600");
        assertThat(Journey.json(refused).path("type").asText()).endsWith("/too-many-requests");
        assertThat(again.statusCode()).isEqualTo(429);
        assertThat(sixth.view().path("consent").path("status").asText()).isEqualTo("NOT_REQUESTED");
    }
}
