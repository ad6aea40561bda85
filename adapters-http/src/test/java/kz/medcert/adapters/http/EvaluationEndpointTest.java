package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.TestApi.example;
import static kz.medcert.adapters.http.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationEndpointTest {
    private static final String PATH = "/api/v1/evaluations";
    private final TestApi api = TestApi.start();

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void answersTheContractExample_confirmationEligible_R32_R35() {
        HttpResponse<String> response = api.postJson(PATH, example());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode body = json(response);
        assertThat(body.path("route").asText()).isEqualTo("CONFIRMATION");
        assertThat(body.path("flags").isArray()).isTrue();
        assertThat(body.path("flags")).isEmpty();
        JsonNode pd = item(body.path("checklist"), "PROFESSIONAL_DEVELOPMENT");
        assertThat(pd.path("obligation").asText()).isEqualTo("MANDATORY");
        assertThat(pd.path("source").asText()).isEqualTo("APPLICANT");
        assertThat(pd.path("satisfied").isBoolean()).isTrue();
        assertThat(pd.path("minimumCredits").isIntegralNumber()).isTrue();
        assertThat(pd.path("minimumCredits").asInt()).isEqualTo(4);
        assertThat(strings(pd.path("rules"))).contains("R32");
        assertThat(pd.path("basis").asText()).isNotBlank();
        assertThat(pd.path("window").path("from").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        JsonNode assessment = item(body.path("notRequired"), "ASSESSMENT_RESULT");
        assertThat(strings(assessment.path("rules"))).contains("R35");
        assertThat(assessment.path("reason").asText()).isNotBlank();
        JsonNode outcome = body.path("outcome");
        assertThat(outcome.path("result").asText()).isEqualTo("ELIGIBLE");
        assertThat(outcome.path("grounds")).isEmpty();
        assertThat(outcome.path("failedRules")).isEmpty();
        assertThat(outcome.path("motivation").path("kk").asText()).isNotBlank();
        assertThat(outcome.path("motivation").path("ru").asText()).isNotBlank();
        assertThat(outcome.path("motivation").path("en").asText()).isNotBlank();
        assertThat(body.path("registeredOn").asText()).isEqualTo("2024-12-02");
        assertThat(body.path("decisionDue").asText()).isEqualTo("2024-12-09");
        assertThat(body.path("ruleSet").asText()).isNotBlank();
    }

    @Test
    void everyChecklistItemStatesSatisfiedAsBooleanOrNull() {
        JsonNode body = json(api.postJson(PATH, example()));

        for (JsonNode item : body.path("checklist")) {
            assertThat(item.has("satisfied")).as(item.toString()).isTrue();
            assertThat(item.get("satisfied").isBoolean() || item.get("satisfied").isNull()).isTrue();
            assertThat(item.path("rules")).isNotEmpty();
            assertThat(item.path("documentName").path("kk").asText()).isNotBlank();
        }
    }

    @Test
    void refusalListsEveryGroundAndFailedRule_R88_R90() {
        ObjectNode request = example();
        request.put("consent", false);
        request.put("prohibition", "ACTIVITY_PROHIBITED");

        JsonNode outcome = json(api.postJson(PATH, request)).path("outcome");

        assertThat(outcome.path("result").asText()).isEqualTo("REFUSAL");
        assertThat(strings(outcome.path("grounds")))
                .containsExactly("GROUND_4_COURT_PROHIBITION", "GROUND_6_NO_CONSENT");
        assertThat(strings(outcome.path("failedRules"))).contains("R60", "R68", "R88", "R90");
        assertThat(outcome.path("findings")).isNotEmpty();
        assertThat(outcome.path("findings").get(0).path("explanation").path("en").asText()).isNotBlank();
        assertThat(outcome.path("motivation").path("kk").asText()).contains("R88");
    }

    @Test
    void applicationDateDefaultsToTodayInAlmaty_R11() {
        ObjectNode request = example();
        request.remove("applicationDate");
        ObjectNode stated = example();
        stated.put("applicationDate", "2024-12-02");

        JsonNode defaulted = json(api.postJson(PATH, request));
        JsonNode explicit = json(api.postJson(PATH, stated));

        assertThat(defaulted).isEqualTo(explicit);
        assertThat(item(defaulted.path("checklist"), "PROFESSIONAL_DEVELOPMENT").path("window").path("to").asText())
                .isEqualTo("2024-12-02");
    }

    @Test
    void consentDefaultsToTrueAndProhibitionToNone() {
        ObjectNode request = example();
        request.remove("consent");
        request.remove("prohibition");

        JsonNode outcome = json(api.postJson(PATH, request)).path("outcome");

        assertThat(outcome.path("result").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void explicitNullMeansTheDefault() {
        ObjectNode request = example();
        request.putNull("consent");
        request.putNull("prohibition");
        request.putNull("nameChangedAfterEducation");
        request.putNull("retraining");

        HttpResponse<String> response = api.postJson(PATH, request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("outcome").path("result").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void withoutSubmittedAtThereIsNoDeadline() {
        ObjectNode request = example();
        request.remove("submittedAt");

        JsonNode body = json(api.postJson(PATH, request));

        assertThat(body.path("registeredOn").isNull()).isTrue();
        assertThat(body.path("decisionDue").isNull()).isTrue();
        assertThat(body.path("route").asText()).isEqualTo("CONFIRMATION");
    }

    @Test
    void categoryAndDeclaredSpecialtyAloneAreAnswered_firstTimeRefusal() {
        HttpResponse<String> response = api.postJson(PATH,
                "{\"category\":\"DOMESTIC\",\"declaredSpecialty\":\"PEDIATRICS\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("route").asText()).isEqualTo("FIRST_TIME");
        assertThat(body.path("outcome").path("result").asText()).isEqualTo("REFUSAL");
        assertThat(body.path("outcome").path("failedRules")).isNotEmpty();
    }

    @Test
    void educationFieldAsDeclaredSpecialtyIsARefusalNotA400_R02() {
        ObjectNode request = example();
        request.put("declaredSpecialty", "GENERAL_MEDICINE");

        HttpResponse<String> response = api.postJson(PATH, request);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode outcome = json(response).path("outcome");
        assertThat(outcome.path("result").asText()).isEqualTo("REFUSAL");
        assertThat(strings(outcome.path("failedRules"))).contains("R02");
    }

    @Test
    void acceptsTheOptionalExtraFields() {
        ObjectNode request = example();
        ObjectNode education = (ObjectNode) request.path("education").get(0);
        education.put("foreignInstitution", false).put("institution", "Astana Medical University");
        ((ObjectNode) education.path("recognition")).put("inRegistry", true).put("issuingBody", "ENIC-Kazakhstan")
                .put("orderNumber", "17-O").put("registrationNumber", "RN-3");
        ((ObjectNode) request.path("certificates").get(0)).put("qualificationLevel", "FIRST");
        ((ObjectNode) request.path("retraining").get(0)).put("inRegistry", true);
        request.put("nameChangeInRegistry", true);

        HttpResponse<String> response = api.postJson(PATH, request);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("outcome").path("result").asText()).isEqualTo("ELIGIBLE");
    }

    @Test
    void indefiniteCertificateWithoutValidUntilIsAccepted() {
        ObjectNode request = example();
        ObjectNode certificate = (ObjectNode) request.path("certificates").get(0);
        certificate.put("indefinite", true);
        certificate.remove("validUntil");

        assertThat(api.postJson(PATH, request).statusCode()).isEqualTo(200);
    }

    @Test
    void mediaTypeWithCharsetIsJson() {
        HttpResponse<String> response = api.post(PATH, "application/json; charset=utf-8", example().toString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    static JsonNode item(JsonNode items, String document) {
        for (JsonNode item : items) {
            if (item.path("document").asText().equals(document)) {
                return item;
            }
        }
        throw new AssertionError("no " + document + " in " + items);
    }

    static java.util.List<String> strings(JsonNode array) {
        java.util.List<String> values = new java.util.ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
