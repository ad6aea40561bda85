package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.operations.MetricsEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The OpenAPI document says which operations need a bearer token, exactly as the server enforces it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiSecurityDocsTest {
    private final TestApi api = TestApi.start();
    private final JsonNode doc = TestApi.json(api.get("/openapi.json"));

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void bearerSchemeIsDocumented() {
        JsonNode scheme = doc.path("components").path("securitySchemes").path("bearerAuth");

        assertThat(scheme.path("type").asText()).isEqualTo("http");
        assertThat(scheme.path("scheme").asText()).isEqualTo("bearer");
        assertThat(scheme.path("bearerFormat").asText()).isEqualTo("JWT");
    }

    @Test
    void protectedOperationsNeedTheBearerScheme_andDocument401And403_publicOnesNeedNothing() {
        JsonNode paths = doc.path("paths");
        for (Iterator<String> p = paths.fieldNames(); p.hasNext(); ) {
            String path = p.next();
            for (Iterator<String> m = paths.path(path).fieldNames(); m.hasNext(); ) {
                String method = m.next();
                JsonNode operation = paths.path(path).path(method);
                String name = method + " " + path;
                if (path.equals(MetricsEndpoint.PATH)) {
                    // not the API's: the operators' own token, checked by the endpoint itself
                    assertThat(operation.path("security").toString()).as(name).isEqualTo("[{\"metricsToken\":[]}]");
                    assertThat(operation.path("responses").has("401")).as(name).isTrue();
                } else if (Authentication.isProtected(path.replace("{id}", "0f8fad5b-d9cb-469f-a165-70867728950e"))) {
                    assertThat(operation.path("security").toString()).as(name).isEqualTo("[{\"bearerAuth\":[]}]");
                    assertThat(operation.path("responses").has("401")).as(name).isTrue();
                    assertThat(operation.path("responses").has("403")).as(name).isTrue();
                } else {
                    assertThat(operation.path("security").isMissingNode()
                            || operation.path("security").isEmpty()).as(name).isTrue();
                    assertThat(doc.has("security")).isFalse();
                }
            }
        }
    }

    @Test
    void theTwoProblemsOfAuthenticationAreDocumentedResponses() {
        JsonNode responses = doc.path("components").path("responses");

        assertThat(responses.path("Unauthorized").path("headers").has("WWW-Authenticate")).isTrue();
        assertThat(responses.path("Unauthorized").path("content").path("application/problem+json")
                .path("example").path("status").asInt()).isEqualTo(401);
        assertThat(responses.path("Forbidden").path("content").path("application/problem+json")
                .path("example").path("status").asInt()).isEqualTo(403);
    }
}
