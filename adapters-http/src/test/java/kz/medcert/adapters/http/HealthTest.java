package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.medcert.adapters.http.operations.CalendarCoverageDetail;
import kz.medcert.adapters.http.operations.HealthDetail;
import kz.medcert.adapters.http.operations.ReadinessCheck;
import kz.medcert.application.service.operations.CalendarCoverageService;
import kz.medcert.domain.evaluation.CertificationRules;
import org.junit.jupiter.api.Test;

class HealthTest {

    @Test
    void upWithoutChecks() {
        try (TestApi api = TestApi.start()) {
            HttpResponse<String> response = api.get("/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void upWhenEveryReadinessCheckPasses() {
        try (TestApi api = TestApi.start(b -> b.readinessCheck(check("database", true)))) {
            HttpResponse<String> response = api.get("/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(TestApi.json(response).path("status").asText()).isEqualTo("UP");
            assertThat(TestApi.json(response).path("checks").path("database").asText()).isEqualTo("UP");
        }
    }

    @Test
    void downWith503WhenACheckFailsOrThrows() {
        ReadinessCheck throwing = new ReadinessCheck() {
            @Override
            public String name() {
                return "registries";
            }

            @Override
            public boolean isReady() {
                throw new IllegalStateException("connection refused");
            }
        };
        try (TestApi api = TestApi.start(b -> b.readinessCheck(check("database", false))
                .readinessCheck(throwing).readinessCheck(check("disk", true)))) {
            HttpResponse<String> response = api.get("/health");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(TestApi.json(response).path("status").asText()).isEqualTo("DOWN");
            assertThat(TestApi.json(response).path("checks").toString())
                    .isEqualTo("{\"database\":\"DOWN\",\"registries\":\"DOWN\",\"disk\":\"UP\"}");
            Problems.assertNoLeak(response.body());
        }
    }

    @Test
    void live_isUp_whileTheProcessAnswers_evenWhenACheckFails() {
        try (TestApi api = TestApi.start(b -> b.readinessCheck(check("database", false)))) {
            HttpResponse<String> response = api.get("/health/live");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    @Test
    void ready_isUp_whenEveryCheckPasses_andNamesThem_withoutTheDetails() {
        try (TestApi api = TestApi.start(b -> b.readinessCheck(check("database", true))
                .readinessCheck(check("registryWorker", true))
                .healthDetail(new CalendarCoverageDetail(new CalendarCoverageService(CertificationRules.standard(),
                        Clock.systemUTC()))))) {
            HttpResponse<String> response = api.get("/health/ready");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body())
                    .isEqualTo("{\"status\":\"UP\",\"checks\":{\"database\":\"UP\",\"registryWorker\":\"UP\"}}");
        }
    }

    @Test
    void ready_is503Down_namingTheCheckThatFailed() {
        try (TestApi api = TestApi.start(b -> b.readinessCheck(check("database", false))
                .readinessCheck(check("registryWorker", true)))) {
            HttpResponse<String> response = api.get("/health/ready");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.body()).isEqualTo(
                    "{\"status\":\"DOWN\",\"checks\":{\"database\":\"DOWN\",\"registryWorker\":\"UP\"}}");
        }
    }

    /** A database that accepts no connection makes its check wait for the pool: the probe does not wait with it. */
    @Test
    void aCheckThatDoesNotAnswerWithinTheTimeLimit_isDown() {
        CountDownLatch never = new CountDownLatch(1);
        ReadinessCheck hanging = new ReadinessCheck() {
            @Override
            public String name() {
                return "database";
            }

            @Override
            public boolean isReady() {
                try {
                    return never.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        };
        try (TestApi api = TestApi.start(b -> b.readinessCheck(hanging).readinessCheck(check("registryWorker", true))
                .readinessTimeLimit(Duration.ofMillis(200)))) {
            HttpResponse<String> ready = api.get("/health/ready");
            HttpResponse<String> health = api.get("/health");

            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(TestApi.json(ready).path("checks").path("database").asText()).isEqualTo("DOWN");
            assertThat(TestApi.json(ready).path("checks").path("registryWorker").asText()).isEqualTo("UP");
            assertThat(health.statusCode()).isEqualTo(503);
        } finally {
            never.countDown();
        }
    }

    private static ReadinessCheck check(String name, boolean ready) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isReady() {
                return ready;
            }
        };
    }

    @Test
    void r77_reportsTheLastDayTheWorkingCalendarCovers_withoutAWarningWhileItIsFar() {
        Clock today = Clock.fixed(Instant.parse("2026-12-07T05:00:00Z"), ZoneOffset.UTC);
        try (TestApi api = TestApi.start(b -> b.readinessCheck(check("database", true))
                .healthDetail(new CalendarCoverageDetail(new CalendarCoverageService(CertificationRules.standard(),
                        today))))) {
            HttpResponse<String> response = api.get("/health");

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode calendar = TestApi.json(response).path("details").path("workingCalendar");
            assertThat(calendar.path("coveredFrom").asText()).isEqualTo("2024-01-01");
            assertThat(calendar.path("coveredUntil").asText()).isEqualTo("2027-12-31");
            assertThat(calendar.path("today").asText()).isEqualTo("2026-12-07");
            assertThat(calendar.path("daysLeft").asLong()).isEqualTo(389);
            assertThat(calendar.path("warning").isNull()).isTrue();
            assertThat(TestApi.json(response).path("checks").path("database").asText()).isEqualTo("UP");
        }
    }

    @Test
    void r77_warnsAdministratorsFromSixtyDaysBeforeTheLastDay_andStaysUp() {
        Clock november = Clock.fixed(Instant.parse("2027-11-15T05:00:00Z"), ZoneOffset.UTC);
        try (TestApi api = TestApi.start(b -> b.healthDetail(new CalendarCoverageDetail(
                new CalendarCoverageService(CertificationRules.standard(), november))))) {
            HttpResponse<String> response = api.get("/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(TestApi.json(response).path("status").asText()).isEqualTo("UP");
            JsonNode warning = TestApi.json(response).path("details").path("workingCalendar").path("warning");
            assertThat(warning.path("en").asText()).contains("2027-12-31", "46 days left", "2028");
            assertThat(warning.path("kk").asText()).contains("2027-12-31");
            assertThat(warning.path("ru").asText()).contains("2027-12-31");
        }
    }

    @Test
    void aDetailThatFails_isLeftOut_andTheServiceStaysUp() {
        HealthDetail failing = new HealthDetail() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public Object detail() {
                throw new IllegalStateException("no data");
            }
        };
        try (TestApi api = TestApi.start(b -> b.healthDetail(failing))) {
            HttpResponse<String> response = api.get("/health");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }
}
