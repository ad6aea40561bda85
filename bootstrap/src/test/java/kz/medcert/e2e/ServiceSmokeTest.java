package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wired service answers health, its API document and the evaluation contract over HTTP. */
class ServiceSmokeTest {
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.onDemoDay();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void healthIsUpWithTheDatabase() {
        HttpResponse<String> response = service.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"database\":\"UP\"");
    }

    @Test
    void openApiAndDocsAreServed() {
        assertThat(service.get("/openapi.json").body()).contains("\"openapi\"").contains("/api/v1/evaluations");
        assertThat(service.get("/docs").statusCode()).isEqualTo(200);
    }

    @Test
    void evaluationContractExample_R32_R35_R73() {
        HttpResponse<String> response = service.postJson("/api/v1/evaluations", DemoApplications.README_EVALUATION);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"route\":\"CONFIRMATION\"").contains("\"result\":\"ELIGIBLE\"")
                .contains("\"minimumCredits\":4").contains("\"decisionDue\":\"2024-12-09\"");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        HttpResponse<String> response = service.postJson("/api/v1/evaluations",
                "{\"category\": \"DOMESTIC\", \"declaredSpecialty\": \"ASTROLOGY\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("declaredSpecialty").doesNotContain("Exception").doesNotContain("at kz.");
    }
}
