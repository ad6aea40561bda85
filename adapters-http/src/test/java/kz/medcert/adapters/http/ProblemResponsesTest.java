package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Problems.assertNoLeak;
import static kz.medcert.adapters.http.Problems.assertProblem;
import static kz.medcert.adapters.http.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.GoneResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import kz.medcert.application.port.out.RegistryUnavailableException;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Errors outside the evaluation contract: routing, media type, size, failures; all RFC 9457 problems. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProblemResponsesTest {
    private static final String EVALUATIONS = "/api/v1/evaluations";
    private static final String SECRET = "secret at kz.medcert.Hidden.method(Hidden.java:42)";

    /** Routes that fail in each way a handler can. */
    private static final Controller FAILING = routes -> routes
            .get("/test/bug", ctx -> {
                throw new IllegalStateException(SECRET);
            })
            .get("/test/error", ctx -> {
                throw new AssertionError(SECRET);
            })
            .get("/test/refused", ctx -> {
                throw new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION,
                        Message.verbatim("The request is already submitted."));
            })
            .get("/test/registry", ctx -> {
                throw new RegistryUnavailableException(StateRegistry.EDUCATION, SECRET);
            })
            .get("/test/gone", ctx -> {
                throw new GoneResponse(SECRET);
            })
            .get("/test/parameters", ctx -> ctx.result("n=" + ctx.queryParamAsClass("n", Integer.class).get()))
            .get("/test/missing", ctx -> {
                throw new NoSuchRequest("42");
            })
            .problem(NoSuchRequest.class, e -> new ProblemException(ProblemType.NOT_FOUND,
                    Message.verbatim("No request " + e.getMessage() + ".")));

    /** A use case's own exception, mapped by the controller that knows it. */
    private static final class NoSuchRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoSuchRequest(String id) {
            super(id);
        }
    }

    private final TestApi api = TestApi.start(builder -> builder.controller(FAILING));

    @AfterAll
    void stop() {
        api.close();
    }

    @ParameterizedTest(name = "GET {0} → 404")
    @ValueSource(strings = {"/nope", "/api/v1", "/api/v1/evaluations/42", "/api/v2/evaluations", "/docs/x"})
    void unknownRouteIs404(String path) {
        JsonNode problem = assertProblem(api.get(path), 404, "not-found");

        assertThat(problem.path("instance").asText()).isEqualTo(path);
    }

    @ParameterizedTest(name = "GET {0} → instance {1}")
    @CsvSource({
            "/api/v1/persons/850412413718, /api/v1/persons/85041*******",
            "/api/v1/evaluations/850412413718/x, /api/v1/evaluations/85041*******/x",
            "/api/v1/requests/0f8fad5b-d9cb-469f-a165-123456789012/x, "
                    + "/api/v1/requests/0f8fad5b-d9cb-469f-a165-123456789012/x"})
    void anIinTypedIntoThePath_isMaskedInTheProblem_asInTheLogs(String path, String instance) {
        JsonNode problem = assertProblem(api.get(path), 404, "not-found");

        assertThat(problem.path("instance").asText()).isEqualTo(instance);
        assertThat(problem.toString()).doesNotContain("850412413718");
    }

    @Test
    void anIinTypedIntoThePathOfAWrongMethod_isMaskedInTheProblemsDetail() {
        HttpResponse<String> response = api.send("DELETE", "/health/850412413718");

        assertThat(response.body()).doesNotContain("850412413718");
    }

    @Test
    void postToUnknownRouteIs404() {
        assertProblem(api.postJson("/api/v1/evaluation", TestApi.example()), 404, "not-found");
    }

    @ParameterizedTest(name = "{0} /api/v1/evaluations → 405")
    @ValueSource(strings = {"GET", "PUT", "DELETE", "PATCH", "OPTIONS"})
    void wrongMethodIs405WithAllow(String method) {
        HttpResponse<String> response = api.send(method, EVALUATIONS);

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }

    @Test
    void postToHealthIs405() {
        HttpResponse<String> response = api.postJson("/health", "{}");

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).contains("GET");
    }

    @ParameterizedTest(name = "Content-Type {0} → 415")
    @ValueSource(strings = {"text/plain", "application/x-www-form-urlencoded", "application/xml",
            "multipart/form-data; boundary=x", "application/jsonx"})
    void nonJsonContentTypeIs415(String contentType) {
        assertProblem(api.post(EVALUATIONS, contentType, TestApi.example().toString()), 415,
                "unsupported-media-type");
    }

    @Test
    void missingContentTypeIs415() {
        assertProblem(api.post(EVALUATIONS, null, TestApi.example().toString()), 415, "unsupported-media-type");
    }

    @Test
    void problemJsonContentTypeIsAccepted() {
        assertThat(api.post(EVALUATIONS, "application/merge-patch+json", TestApi.example().toString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void malformedCharsetParameterIs400NamingTheHeader_notA500() {
        // found by EndpointFuzzTest: the servlet API's content type threw IllegalCharsetNameException
        JsonNode problem = assertProblem(api.post(EVALUATIONS, "application/json; charset=\"",
                TestApi.example().toString()), 400, "invalid-request");

        assertThat(fields(problem)).containsExactly("Content-Type");
    }

    @Test
    void aProblemIsUtf8_whateverLettersItEchoes() {
        // found by EndpointFuzzTest: problems were written in ISO-8859-1, Cyrillic as '?', Latin-1 as invalid UTF-8
        ObjectNode body = TestApi.example();
        body.put("Мекенжай-Í", 1);

        JsonNode problem = assertProblem(api.postJson(EVALUATIONS, body), 400, "invalid-request");

        assertThat(fields(problem)).containsExactly("Мекенжай-Í");
    }

    @Test
    void bodyOverTheDefaultLimitIs413() {
        String body = "{\"category\":\"" + "x".repeat(70 * 1024) + "\"}";

        JsonNode problem = assertProblem(api.postJson(EVALUATIONS, body), 413, "content-too-large");

        assertThat(problem.path("detail").asText()).contains("65536");
    }

    @Test
    void chunkedBodyOverTheLimitIs413() {
        byte[] body = ("{\"category\":\"" + "x".repeat(200 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(EVALUATIONS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertProblem(api.send(request), 413, "content-too-large");
    }

    @Test
    void bodyLimitIsConfigurable() {
        try (TestApi small = TestApi.start(builder -> builder.settings(new HttpSettings(1024)))) {
            HttpResponse<String> response = small.postJson(EVALUATIONS, TestApi.example());

            assertProblem(response, 413, "content-too-large");
            assertThat(small.postJson(EVALUATIONS, "{\"category\":\"DOMESTIC\",\"declaredSpecialty\":\"PEDIATRICS\"}")
                    .statusCode()).isEqualTo(200);
        }
    }

    @Test
    void unexpectedFailureIs500WithAnErrorIdOnly() {
        JsonNode problem = assertProblem(api.get("/api/v1/test/bug"), 500, "internal-error");

        String errorId = problem.path("errorId").asText();
        assertThat(errorId).matches("[0-9a-f-]{36}");
        assertThat(problem.path("detail").asText()).contains(errorId).doesNotContain("secret");
    }

    @Test
    void javaErrorIs500Problem() {
        JsonNode problem = assertProblem(api.get("/api/v1/test/error"), 500, "internal-error");

        assertThat(problem.path("errorId").asText()).isNotBlank();
    }

    @Test
    void businessRefusalIs422() {
        JsonNode problem = assertProblem(api.get("/api/v1/test/refused"), 422, "business-rule-violation");

        assertThat(problem.path("detail").asText()).isEqualTo("The request is already submitted.");
    }

    @Test
    void unavailableRegistryIs503WithRetryAfter() {
        HttpResponse<String> response = api.get("/api/v1/test/registry");

        assertProblem(response, 503, "service-unavailable");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void invalidParameterOfJavalinsValidatorIs400NamingIt() {
        JsonNode problem = assertProblem(api.get("/api/v1/test/parameters?n=many"), 400, "invalid-request");

        assertThat(Problems.fields(problem)).containsExactly("n");
    }

    @Test
    void controllerMapsItsUseCaseExceptionsToProblems() {
        JsonNode problem = assertProblem(api.get("/api/v1/test/missing"), 404, "not-found");

        assertThat(problem.path("detail").asText()).isEqualTo("No request 42.");
    }

    @Test
    void otherHttpErrorsAreAboutBlankProblems() {
        JsonNode problem = assertProblem(api.get("/api/v1/test/gone"), 410, "about:blank");

        assertThat(problem.path("title").asText()).isEqualTo("Gone");
    }

    @ParameterizedTest(name = "Jetty-level error for {0}")
    @ValueSource(strings = {"GET /%zz HTTP/1.1\r\nHost: localhost\r\n", "GET /health HTTP/1.1\r\n",
            "GET /docs/swagger-ui/../../../etc/passwd HTTP/1.1\r\nHost: localhost\r\n",
            // found by EndpointFuzzTest: methods other than GET, POST and HEAD were answered with an empty body
            "PUT /health HTTP/1.1\r\n", "DELETE /api/v1/requests/..;/consent HTTP/1.1\r\nHost: localhost\r\n",
            "FOO /%zz HTTP/1.1\r\nHost: localhost\r\n", "get /health/..;/x HTTP/1.1\r\nHost: localhost\r\n"})
    void errorsBeforeRoutingAreProblemsToo(String head) throws IOException {
        String response = api.raw(head + "Connection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response).contains("\"type\":\"" + ProblemType.BASE_URI + "bad-request\"");
        assertNoLeak(response);
    }

    @Test
    void oversizedHeadersAreAProblem() throws IOException {
        String response = api.raw("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 431");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertNoLeak(response);
    }

    @Test
    void webjarPagesOtherThanTheAssetsAreNotServed() {
        assertProblem(api.get("/docs/swagger-ui/index.html"), 404, "not-found");
        assertProblem(api.get("/docs/swagger-ui/swagger-initializer.js"), 404, "not-found");
    }
}
