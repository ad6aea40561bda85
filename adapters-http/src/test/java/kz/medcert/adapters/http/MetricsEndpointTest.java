package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import kz.medcert.adapters.http.auth.StaticBearerToken;
import kz.medcert.adapters.http.operations.MetricsEndpoint;
import kz.medcert.adapters.http.operations.MetricsServer;
import org.junit.jupiter.api.Test;

/** GET /metrics is served only as configured: 404 when off, 401 without the operators' token, 200 with it. */
class MetricsEndpointTest {
    private static final String TOKEN = "operators-metrics-token-0123456789abcdef";
    private static final String TEXT = "# TYPE medcert_certification_requests gauge\n"
            + "medcert_certification_requests{status=\"ACCEPTED\"} 3.0\n";
    private static final MetricsEndpoint.Source SOURCE = new MetricsEndpoint.Source() {
        @Override
        public String contentType() {
            return "text/plain; version=0.0.4; charset=utf-8";
        }

        @Override
        public String text() {
            return TEXT;
        }
    };

    @Test
    void offByDefault_itIsNotFound() {
        try (TestApi api = TestApi.start()) {
            Problems.assertProblem(api.anonymous().get(MetricsEndpoint.PATH), 404, "not-found");
            Problems.assertProblem(withToken(api, TOKEN), 404, "not-found");
        }
    }

    @Test
    void behindAToken_withoutIt_401_withAWrongOne_401_withIt_theMetrics() {
        try (TestApi api = TestApi.start(b -> b.metrics(MetricsEndpoint.protectedBy(StaticBearerToken.of(TOKEN),
                SOURCE)))) {
            HttpResponse<String> none = api.anonymous().get(MetricsEndpoint.PATH);
            HttpResponse<String> wrong = withToken(api, TOKEN.substring(1) + "x");
            HttpResponse<String> apiToken = api.get(MetricsEndpoint.PATH); // a valid JWT of the API is not the token
            HttpResponse<String> right = withToken(api, TOKEN);

            Problems.assertProblem(none, 401, "unauthorized");
            assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"medcert\"");
            Problems.assertProblem(wrong, 401, "unauthorized");
            assertThat(wrong.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    header -> assertThat(header).contains("error=\"invalid_token\""));
            Problems.assertProblem(apiToken, 401, "unauthorized");
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(right.body()).isEqualTo(TEXT);
            assertThat(right.headers().firstValue("Content-Type")).hasValue(SOURCE.contentType());
            assertThat(right.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
    }

    @Test
    void aTokenShorterThan32Characters_isRefused() {
        assertThatThrownBy(() -> StaticBearerToken.of("short-token")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32");
        assertThatThrownBy(() -> StaticBearerToken.of(" ".repeat(40))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onAPortOfItsOwn_onlyTheMetrics_behindTheTokenWhenOneIsSet() throws Exception {
        try (MetricsServer open = MetricsServer.start("127.0.0.1", 0, MetricsEndpoint.open(SOURCE));
             MetricsServer guarded = MetricsServer.start("127.0.0.1", 0,
                     MetricsEndpoint.protectedBy(StaticBearerToken.of(TOKEN), SOURCE))) {
            assertThat(get(open.port(), MetricsEndpoint.PATH, Optional.empty()).body()).isEqualTo(TEXT);
            Problems.assertProblem(get(open.port(), "/api/v1/requests", Optional.empty()), 404, "not-found");
            Problems.assertProblem(get(guarded.port(), MetricsEndpoint.PATH, Optional.empty()), 401, "unauthorized");
            assertThat(get(guarded.port(), MetricsEndpoint.PATH, Optional.of(TOKEN)).statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> withToken(TestApi api, String token) {
        return api.withAuthorization(() -> Optional.of("Bearer " + token)).get(MetricsEndpoint.PATH);
    }

    private static HttpResponse<String> get(int port, String path, Optional<String> token) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
