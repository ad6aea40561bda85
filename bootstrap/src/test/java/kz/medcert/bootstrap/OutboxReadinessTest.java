package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, point 3: {@code /health/ready} checks the database and the outbox. The wired service is ready while its
 * outbox worker runs; once the worker has stopped it answers 503 naming the outbox (no instance should take requests
 * whose notifications nobody would send), and stays live.
 */
class OutboxReadinessTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void readyWhileTheOutboxWorkerRuns_notReadyNamingTheOutboxOnceItStopped() throws Exception {
        AppConfig config = AppConfig.fromEnvironment(Map.of("MEDCERT_DATA_DIR",
                Files.createTempDirectory("medcert-outbox-ready").toString(), "MEDCERT_PORT", "0",
                "MEDCERT_DEMO", "true"));
        try (MedCertService service = MedCertService.start(config, Clock.systemUTC())) {
            HttpResponse<String> ready = get(service, "/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(ready.body()).path("checks").toString())
                    .isEqualTo("{\"database\":\"UP\",\"outbox\":\"UP\",\"registryWorker\":\"UP\"}");

            service.injector().getInstance(NotificationWorker.class).close();

            HttpResponse<String> notReady = get(service, "/health/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(notReady.body()).path("status").asText()).isEqualTo("DOWN");
            assertThat(JSON.readTree(notReady.body()).path("checks").toString())
                    .isEqualTo("{\"database\":\"UP\",\"outbox\":\"DOWN\",\"registryWorker\":\"UP\"}");
            assertThat(get(service, "/health/live").statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(MedCertService service, String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + service.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
