package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import kz.medcert.bootstrap.OperationsConfig;
import org.junit.jupiter.api.Test;

/**
 * /metrics as configured: behind MEDCERT_METRICS_TOKEN (the demo token then opens nothing), or on a port of its own
 * (MEDCERT_METRICS_PORT), where the API's port no longer serves it.
 */
class MetricsAccessEndToEndTest {
    private static final String TOKEN = "a-metrics-token-of-the-operators-0123456789";

    @Test
    void aConfiguredToken_replacesTheDemoToken() {
        try (RunningService service = RunningService.start(Clock.systemUTC(), Map.of("MEDCERT_METRICS_TOKEN",
                TOKEN))) {
            assertThat(service.get("/metrics").statusCode()).isEqualTo(401);
            assertThat(service.withAuthorization("Bearer " + OperationsConfig.DEMO_METRICS_TOKEN).get("/metrics")
                    .statusCode()).isEqualTo(401);
            HttpResponse<String> metrics = service.withAuthorization("Bearer " + TOKEN).get("/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("medcert_audit_chain_length ");
        }
    }

    @Test
    void onAPortOfTheirOwn_theMetricsLeaveTheApisPort() throws IOException, InterruptedException {
        int port = freePort();
        try (RunningService service = RunningService.start(Clock.systemUTC(), Map.of("MEDCERT_METRICS_PORT",
                Integer.toString(port), "MEDCERT_METRICS_TOKEN", TOKEN))) {
            assertThat(service.withAuthorization("Bearer " + TOKEN).get("/metrics").statusCode()).isEqualTo(404);
            assertThat(get(port, "/metrics", null).statusCode()).isEqualTo(401);
            HttpResponse<String> metrics = get(port, "/metrics", TOKEN);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active");
            assertThat(get(port, "/api/v1/reference-data", TOKEN).statusCode()).isEqualTo(404);
        }
    }

    private static HttpResponse<String> get(int port, String path, String token) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
