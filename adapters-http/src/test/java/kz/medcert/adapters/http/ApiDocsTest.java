package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import kz.medcert.application.testing.RequestFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The hand-kept OpenAPI document agrees with the routes the server really has, and the docs page works. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsTest {
    private final TestApi api = TestApi.start();

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void documentIsOpenApiJsonWithTitleAndVersion() {
        HttpResponse<String> response = api.get("/openapi.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode doc = TestApi.json(response);
        assertThat(doc.path("openapi").asText()).matches("3\\.[01]\\.\\d+");
        assertThat(doc.path("info").path("title").asText()).isNotBlank();
        assertThat(doc.path("info").path("version").asText()).isNotBlank();
    }

    @Test
    void everyRegisteredRouteIsDocumentedAndViceVersa() {
        Set<String> registered = new TreeSet<>();
        for (ParsedEndpoint parsed : api.api().javalin().unsafe.internalRouter.allHttpHandlers()) {
            if (parsed.endpoint.method.isHttpMethod()) {
                registered.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path);
            }
        }

        assertThat(documentedOperations()).isEqualTo(registered);
    }

    @Test
    void everyOperationHasASummaryAndDocumentsItsErrors() {
        JsonNode paths = TestApi.json(api.get("/openapi.json")).path("paths");
        for (Iterator<String> p = paths.fieldNames(); p.hasNext(); ) {
            String path = p.next();
            for (Iterator<String> m = paths.path(path).fieldNames(); m.hasNext(); ) {
                JsonNode operation = paths.path(path).path(m.next());
                JsonNode responses = operation.path("responses");
                assertThat(operation.path("summary").asText()).as(path).isNotBlank();
                assertThat(responses.has("200") || responses.has("201") || responses.has("202")).as(path).isTrue();
                if (path.contains("{id}")) {
                    assertThat(responses.has("400") && responses.has("404")).as(path).isTrue();
                }
                if (operation.path("requestBody").path("content").size() > 0) {
                    assertThat(responses.has("400") && responses.has("413") && responses.has("415")).as(path)
                            .isTrue();
                }
            }
        }
        JsonNode evaluate = paths.path("/api/v1/evaluations").path("post").path("responses");
        assertThat(evaluate.has("400") && evaluate.has("413") && evaluate.has("415") && evaluate.has("500")).isTrue();
    }

    @Test
    void everyProblemTypeIsDocumented() {
        String problem = TestApi.json(api.get("/openapi.json")).path("components").path("schemas").path("Problem")
                .path("description").asText();

        for (ProblemType type : ProblemType.values()) {
            assertThat(problem).contains(type.uri().toString() + " (" + type.status());
        }
    }

    @Test
    void documentedRequestExampleIsAcceptedAndMatchesTheContractExample() {
        JsonNode example = TestApi.json(api.get("/openapi.json")).path("paths").path("/api/v1/evaluations")
                .path("post").path("requestBody").path("content").path("application/json").path("example");

        assertThat(example).isEqualTo(TestApi.example());
        assertThat(api.postJson("/api/v1/evaluations", example).statusCode()).isEqualTo(200);
    }

    /** Field names only: the rules' wording may change without touching the document, a field may not. */
    @Test
    void documentedResponseExampleHasTheFieldsOfARealAnswer() {
        JsonNode documented = TestApi.json(api.get("/openapi.json")).path("paths").path("/api/v1/evaluations")
                .path("post").path("responses").path("200").path("content").path("application/json")
                .path("example");
        JsonNode real = TestApi.json(api.postJson("/api/v1/evaluations", TestApi.example()));

        assertThat(shape(documented)).isEqualTo(shape(real));
    }

    @Test
    void documentedStartRequestExampleIsAccepted() {
        JsonNode example = TestApi.json(api.get("/openapi.json")).path("paths").path("/api/v1/requests")
                .path("post").path("requestBody").path("content").path("application/json").path("example");

        assertThat(example.path("applicant").path("iin").asText()).isNotBlank();
        assertThat(api.postJson("/api/v1/requests", example).statusCode()).isEqualTo(201);
    }

    /** The documented request view has exactly the fields of a real accepted request, at every depth. */
    @Test
    void documentedRequestViewExampleHasTheFieldsOfARealAnswer() {
        JsonNode documented = TestApi.json(api.get("/openapi.json")).path("components").path("examples")
                .path("RequestAccepted").path("value");
        api.journey().setTime(RequestFixtures.FRIDAY_MORNING);
        Journeys journeys = new Journeys(api);
        String id = journeys.readyToSign();
        journeys.submit(id, journeys.validSignature(id));

        assertThat(shape(documented)).isEqualTo(shape(journeys.get(id)));
    }

    @Test
    void documentedReferenceDataExampleHasTheFieldsOfARealAnswer() {
        JsonNode documented = TestApi.json(api.get("/openapi.json")).path("paths").path("/api/v1/reference-data")
                .path("get").path("responses").path("200").path("content").path("application/json")
                .path("example");

        assertThat(shape(documented)).isEqualTo(shape(TestApi.json(api.get("/api/v1/reference-data"))));
    }

    @Test
    void documentedServiceStandardExampleHasTheFieldsOfARealAnswer() {
        JsonNode documented = TestApi.json(api.get("/openapi.json")).path("paths")
                .path("/api/v1/public/service-standard").path("get").path("responses").path("200").path("content")
                .path("application/json").path("example");

        assertThat(shape(documented)).isEqualTo(shape(TestApi.json(api.get("/api/v1/public/service-standard"))));
    }

    /** Every field path of a JSON value (array elements merged under {@code []}). */
    private static Set<String> shape(JsonNode node) {
        Set<String> paths = new TreeSet<>();
        collect("", node, paths);
        return paths;
    }

    private static void collect(String prefix, JsonNode node, Set<String> paths) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                paths.add(prefix + "." + name);
                collect(prefix + "." + name, node.get(name), paths);
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(prefix + "[]", element, paths));
        }
    }

    @Test
    void docsPageIsHtmlListingEveryOperationAndLoadingSwaggerUi() {
        HttpResponse<String> page = api.get("/docs");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<!DOCTYPE html>", "/openapi.json", "swagger-ui-bundle.js");
        for (String operation : documentedOperations()) {
            assertThat(page.body()).contains("<code>" + operation + "</code>");
        }
    }

    @Test
    void swaggerUiAssetsAreServedLocally() {
        HttpResponse<String> script = api.get(ApiDocs.ASSETS_PATH + "/swagger-ui-bundle.js");
        HttpResponse<String> style = api.get(ApiDocs.ASSETS_PATH + "/swagger-ui.css");

        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("SwaggerUIBundle");
        assertThat(style.statusCode()).isEqualTo(200);
        assertThat(style.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/css"));
    }

    private Set<String> documentedOperations() {
        Set<String> operations = new TreeSet<>();
        JsonNode paths = TestApi.json(api.get("/openapi.json")).path("paths");
        for (Iterator<String> p = paths.fieldNames(); p.hasNext(); ) {
            String path = p.next();
            paths.path(path).fieldNames().forEachRemaining(
                    method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path));
        }
        return operations;
    }
}
