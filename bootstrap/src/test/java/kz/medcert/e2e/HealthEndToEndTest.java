package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Liveness and readiness with a real database that goes away: while PostgreSQL runs the service is live and ready;
 * once it is stopped the service stays live (no reason to restart it) and is not ready (503, naming the database and
 * the outbox, which lives in it), answering within the checks' time limit rather than the connection pool's.
 */
class HealthEndToEndTest {
    private static EmbeddedPostgres postgres;
    private static RunningService service;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
        service = RunningService.start(Clock.systemUTC(), Map.of("MEDCERT_DB_URL",
                postgres.getJdbcUrl("postgres", "postgres"), "MEDCERT_DB_USER", "postgres", "MEDCERT_DB_PASSWORD", "",
                "MEDCERT_DEMO", "true", "MEDCERT_DEMO_DATA", "false"));
    }

    @AfterAll
    static void stop() throws IOException {
        if (service != null) {
            service.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void live_andReady_whileTheDatabaseAnswers_thenLiveButNotReady_onceItIsGone() throws IOException {
        assertThat(service.get("/health/live").statusCode()).isEqualTo(200);
        HttpResponse<String> ready = service.get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json(ready).path("checks").toString())
                .isEqualTo("{\"database\":\"UP\",\"outbox\":\"UP\",\"registryWorker\":\"UP\"}");

        postgres.close();

        HttpResponse<String> notReady = service.get("/health/ready");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(json(notReady).path("status").asText()).isEqualTo("DOWN");
        assertThat(json(notReady).path("checks").toString())
                .isEqualTo("{\"database\":\"DOWN\",\"outbox\":\"DOWN\",\"registryWorker\":\"UP\"}");
        assertThat(service.get("/health").statusCode()).isEqualTo(503);
        HttpResponse<String> live = service.get("/health/live");
        assertThat(live.statusCode()).isEqualTo(200);
        assertThat(live.body()).isEqualTo("{\"status\":\"UP\"}");
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return new ObjectMapper().readTree(response.body());
    }
}
