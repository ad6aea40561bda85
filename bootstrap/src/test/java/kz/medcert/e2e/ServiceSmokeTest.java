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
        String body = """
                {"category": "DOMESTIC", "declaredSpecialty": "PEDIATRICS", "applicationDate": "2024-12-02",
                 "submittedAt": "2024-12-02T10:00:00+05:00",
                 "education": [{"level": "HIGHER", "field": "PEDIATRICS", "graduationDate": "2010-06-30", "country": "KZ"}],
                 "postgraduate": [{"type": "INTERNSHIP", "specialty": "PEDIATRICS", "completedOn": "2011-06-30"}],
                 "professionalDevelopment": [{"specialty": "PEDIATRICS", "credits": 2, "completedOn": "2021-03-15"},
                                             {"specialty": "PEDIATRICS", "hours": 90, "completedOn": "2024-02-10"}],
                 "certificates": [{"specialty": "PEDIATRICS", "issuedOn": "2020-03-01", "validUntil": "2025-03-01",
                                   "indefinite": false, "inRegistry": true}],
                 "employment": [{"specialty": "PEDIATRICS", "from": "2011-08-01", "to": null, "inRegistry": true}]}
                """;

        HttpResponse<String> response = service.postJson("/api/v1/evaluations", body);

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
