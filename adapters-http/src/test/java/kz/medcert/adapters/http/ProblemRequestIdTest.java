package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Every problem document names its request (requestId), as the X-Request-Id header and the request's logs do. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemRequestIdTest {
    private static final Controller FAILING = routes -> routes.get("/test/bug", ctx -> {
        throw new IllegalStateException("a bug");
    });

    private final TestApi api = TestApi.start(builder -> builder.controller(FAILING));

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void aProblemNamesTheRequestIdOfItsHeader() {
        HttpResponse<String> response = api.get("/api/v1/requests/not-a-uuid");

        JsonNode problem = assertProblem(response, 400, "invalid-request");
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue(problem.path("requestId").asText());
        assertThat(problem.path("requestId").asText()).isNotBlank();
    }

    @Test
    void theClientsOwnIdComesBackInTheProblem_of401_404_and500() {
        HttpResponse<String> unauthorized = api.anonymous().send(tracked("/api/v1/requests", "trace-401"));
        HttpResponse<String> notFound = api.send(tracked("/no/such/path", "trace-404"));
        HttpResponse<String> failed = api.send(tracked("/api/v1/test/bug", "trace-500"));

        assertThat(assertProblem(unauthorized, 401, "unauthorized").path("requestId").asText()).isEqualTo("trace-401");
        assertThat(assertProblem(notFound, 404, "not-found").path("requestId").asText()).isEqualTo("trace-404");
        JsonNode internal = assertProblem(failed, 500, "internal-error");
        assertThat(internal.path("requestId").asText()).isEqualTo("trace-500");
        assertThat(internal.path("errorId").asText()).isNotEqualTo("trace-500").isNotBlank();
    }

    private HttpRequest.Builder tracked(String path, String requestId) {
        return HttpRequest.newBuilder(api.uri(path)).header("X-Request-Id", requestId).GET();
    }

    @Test
    void aProblemOfJettyBeforeRouting_namesTheRequestToo() throws IOException {
        String ambiguous = api.raw("GET /api/v1/requests/..;/consent HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Request-Id: raw-1\r\nConnection: close\r\n\r\n");
        // a request line Jetty cannot read: no header of it is read either, so the service names it
        String unreadable = api.raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: raw-2\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(ambiguous).startsWith("HTTP/1.1 400");
        assertThat(requestIdOf(ambiguous)).isEqualTo("raw-1").isEqualTo(headerOf(ambiguous));
        assertThat(unreadable).startsWith("HTTP/1.1 400");
        assertThat(requestIdOf(unreadable)).isNotBlank().isEqualTo(headerOf(unreadable));
    }

    private static String requestIdOf(String response) {
        Matcher id = Pattern.compile("\"requestId\":\"([^\"]+)\"").matcher(response);
        assertThat(id.find()).as(response).isTrue();
        return id.group(1);
    }

    private static String headerOf(String response) {
        Matcher header = Pattern.compile("(?im)^X-Request-Id: (.+?)\r?$").matcher(response);
        assertThat(header.find()).as(response).isTrue();
        return header.group(1);
    }
}
