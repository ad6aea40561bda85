package kz.medcert.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Assertions every problem answer must meet: RFC 9457 shape, catalogued type, and nothing of Java inside. */
final class Problems {
    private static final List<String> LEAKS = List.of("java.", "javax.", "jakarta.", "kz.medcert", "com.fasterxml",
            "io.javalin", "org.eclipse", "Exception", "\tat ", "Caused by", "StackTrace", "Error:");

    private Problems() {
    }

    static JsonNode assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertNoLeak(response.body());
        JsonNode problem = TestApi.json(response);
        assertThat(problem.path("type").asText()).isEqualTo(slug.equals("about:blank") ? slug
                : ProblemType.BASE_URI + slug);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.has("instance")).isTrue();
        return problem;
    }

    static void assertNoLeak(String body) {
        for (String leak : LEAKS) {
            assertThat(body).as("response must not contain '%s'", leak).doesNotContain(leak);
        }
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> {
            assertThat(error.path("message").asText()).isNotBlank();
            fields.add(error.path("field").asText());
        });
        return fields;
    }
}
