package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Problems.assertProblem;
import static kz.medcert.adapters.http.Problems.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented 400 of the evaluation endpoint, each naming the offending field by its JSON path. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationValidationTest {
    private static final String PATH = "/api/v1/evaluations";
    private final TestApi api = TestApi.start();

    @AfterAll
    void stop() {
        api.close();
    }

    @ParameterizedTest(name = "malformed JSON: {0}")
    @ValueSource(strings = {"{\"category\": \"DOMESTIC\",", "{category: DOMESTIC}", "", "   ", "null", "[]",
            "\"DOMESTIC\"", "42", "{\"category\":\"DOMESTIC\",\"declaredSpecialty\":\"PEDIATRICS\"} {}",
            "{\"category\":\"DOMESTIC\",\"category\":\"FOREIGN\",\"declaredSpecialty\":\"PEDIATRICS\"}",
            "{\"category\":\"DOMESTIC\"\u0000}"})
    void malformedJsonIs400(String body) {
        JsonNode problem = assertProblem(api.postJson(PATH, body), 400, "malformed-json");

        assertThat(problem.path("instance").asText()).isEqualTo(PATH);
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                invalid("unknown top-level field", r -> r.put("colour", "red"), "colour"),
                invalid("unknown nested field", r -> education(r).put("grade", 5), "education[0].grade"),
                invalid("unknown field in recognition", r -> ((ObjectNode) education(r).path("recognition"))
                        .put("x", 1), "education[0].recognition.x"),
                invalid("missing category", r -> r.remove("category"), "category"),
                invalid("null category", r -> r.putNull("category"), "category"),
                invalid("missing declaredSpecialty", r -> r.remove("declaredSpecialty"), "declaredSpecialty"),
                invalid("unknown declaredSpecialty", r -> r.put("declaredSpecialty", "DOG_GROOMING"),
                        "declaredSpecialty"),
                invalid("malformed declaredSpecialty", r -> r.put("declaredSpecialty", "pe diatrics!"),
                        "declaredSpecialty"),
                invalid("unknown declaredSpecialization", r -> r.put("declaredSpecialization", "NOPE"),
                        "declaredSpecialization"),
                invalid("unknown education field", r -> education(r).put("field", "THERAPY"), "education[0].field"),
                invalid("unknown education level", r -> education(r).put("level", "PHD"), "education[0].level"),
                invalid("unknown postgraduate specialty", r -> element(r, "postgraduate", 0).put("specialty", "X1"),
                        "postgraduate[0].specialty"),
                invalid("unknown PD specialty", r -> element(r, "professionalDevelopment", 1)
                        .put("specialty", "ASTROLOGY"), "professionalDevelopment[1].specialty"),
                invalid("unknown employment specialty", r -> element(r, "employment", 0)
                        .put("specialty", "ASTROLOGY"), "employment[0].specialty"),
                invalid("invalid calendar date", r -> r.put("applicationDate", "2024-02-30"), "applicationDate"),
                invalid("date in another format", r -> education(r).put("graduationDate", "30.06.2010"),
                        "education[0].graduationDate"),
                invalid("date with time", r -> element(r, "certificates", 0).put("issuedOn", "2020-03-01T00:00"),
                        "certificates[0].issuedOn"),
                invalid("submittedAt without offset", r -> r.put("submittedAt", "2024-12-02T10:00:00"),
                        "submittedAt"),
                invalid("PD with credits and hours", r -> element(r, "professionalDevelopment", 0).put("hours", 60),
                        "professionalDevelopment[0]"),
                invalid("PD with neither", r -> element(r, "professionalDevelopment", 0).remove("credits"),
                        "professionalDevelopment[0]"),
                invalid("PD with negative credits", r -> element(r, "professionalDevelopment", 0)
                        .put("credits", -1), "professionalDevelopment[0].credits"),
                invalid("PD with absurd hours", r -> element(r, "professionalDevelopment", 1)
                        .put("hours", 1e12), "professionalDevelopment[1].hours"),
                invalid("validUntil with indefinite", r -> element(r, "certificates", 0).put("indefinite", true),
                        "certificates[0].validUntil"),
                invalid("neither validUntil nor indefinite", r -> element(r, "certificates", 0)
                        .remove("validUntil"), "certificates[0].validUntil"),
                invalid("validUntil before issuedOn", r -> element(r, "certificates", 0)
                        .put("validUntil", "2019-01-01"), "certificates[0]"),
                invalid("unknown qualificationLevel", r -> element(r, "certificates", 0)
                        .put("qualificationLevel", "TOP"), "certificates[0].qualificationLevel"),
                invalid("wrong category enum", r -> r.put("category", "LOCAL"), "category"),
                invalid("lower-case enum", r -> r.put("category", "domestic"), "category"),
                invalid("wrong postgraduate type", r -> element(r, "postgraduate", 0).put("type", "FELLOWSHIP"),
                        "postgraduate[0].type"),
                invalid("wrong prohibition", r -> r.put("prohibition", "MAYBE"), "prohibition"),
                invalid("unknown document code", r -> ((ArrayNode) r.path("foreignLanguageDocuments"))
                        .add("PASSPORT"), "foreignLanguageDocuments[1]"),
                invalid("string for boolean", r -> r.put("consent", "yes"), "consent"),
                invalid("\"true\" for boolean", r -> r.put("consent", "true"), "consent"),
                invalid("number for boolean", r -> r.put("permanentResident", 1), "permanentResident"),
                invalid("number for string", r -> r.put("category", 5), "category"),
                invalid("boolean for string", r -> r.put("declaredSpecialty", true), "declaredSpecialty"),
                invalid("string for number", r -> element(r, "professionalDevelopment", 0).put("credits", "2"),
                        "professionalDevelopment[0].credits"),
                invalid("fraction for integer", r -> element(r, "retraining", 0).put("hours", 864.5),
                        "retraining[0].hours"),
                invalid("integer out of range", r -> element(r, "retraining", 0)
                        .put("hours", 99_999_999_999L), "retraining[0].hours"),
                invalid("zero retraining hours", r -> element(r, "retraining", 0).put("hours", 0),
                        "retraining[0].hours"),
                invalid("object for list", r -> r.putObject("education"), "education"),
                invalid("string for list", r -> r.put("education", "HIGHER"), "education"),
                invalid("list for object", r -> r.putArray("labourPermit"), "labourPermit"),
                invalid("null list element", r -> ((ArrayNode) r.path("education")).addNull(), "education[1]"),
                invalid("employment ends before it starts", r -> element(r, "employment", 0).put("to", "2010-01-01"),
                        "employment[0]"),
                invalid("labour permit without employer", r -> ((ObjectNode) r.path("labourPermit"))
                        .remove("employer"), "labourPermit.employer"),
                invalid("blank permit number", r -> ((ObjectNode) r.path("labourPermit")).put("number", " "),
                        "labourPermit.number"),
                invalid("recognition without number", r -> ((ObjectNode) education(r).path("recognition"))
                        .remove("number"), "education[0].recognition.number"),
                invalid("three-letter country", r -> education(r).put("country", "KAZ"), "education[0].country"),
                invalid("bad citizenship", r -> r.put("citizenship", "1"), "citizenship"),
                invalid("assessment without passed", r -> element(r, "assessments", 0).remove("passed"),
                        "assessments[0].passed"),
                invalid("date before 1900", r -> r.put("applicationDate", "0001-01-01"), "applicationDate"),
                invalid("date after 2999", r -> element(r, "employment", 0).put("to", "9999-12-31"), "employment[0].to"),
                invalid("date-time far in the future", r -> r.put("submittedAt", "+999999999-12-31T23:59:59+18:00"),
                        "submittedAt"),
                invalid("course without credits", r -> element(r, "certificationCourses", 0).remove("credits"),
                        "certificationCourses[0].credits"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {2}")
    @MethodSource("invalidFields")
    void invalidFieldIs400NamingIt(String name, Consumer<ObjectNode> change, String field) {
        ObjectNode request = TestApi.example();
        change.accept(request);

        JsonNode problem = assertProblem(api.postJson(PATH, request), 400, "invalid-request");

        assertThat(fields(problem)).contains(field);
        assertThat(problem.path("instance").asText()).isEqualTo(PATH);
    }

    @ParameterizedTest(name = "every date {0}, applied {1}, submitted {2}")
    @CsvSource({"1900-01-01, 1900-01-01, 1900-01-01T00:00:00+06:00", "1900-01-01, 2999-12-31, 2999-12-31T23:59:59-12:00",
            "2999-12-31, 2999-12-31, 2999-12-31T23:59:59+14:00", "2999-12-31, 1900-01-01, 1900-01-01T00:00:00Z"})
    void extremeDatesInRangeAreAnsweredWithoutA500(String every, String applied, String submitted) {
        ObjectNode request = TestApi.example();
        request.put("applicationDate", applied).put("submittedAt", submitted);
        replaceDates(request, every);

        HttpResponse<String> response = api.postJson(PATH, request);

        assertThat(response.statusCode()).as(response.body()).isIn(200, 400);
        Problems.assertNoLeak(response.body());
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        ObjectNode request = TestApi.example();
        request.remove("category");
        request.put("applicationDate", "2024-13-01");
        education(request).put("field", "ASTROLOGY");
        element(request, "professionalDevelopment", 0).put("hours", 30);

        JsonNode problem = assertProblem(api.postJson(PATH, request), 400, "invalid-request");

        assertThat(fields(problem)).containsExactlyInAnyOrder("category", "applicationDate", "education[0].field",
                "professionalDevelopment[0]");
        assertThat(problem.path("detail").asText()).contains("4");
    }

    @Test
    void unknownFieldMessageNamesIt() {
        ObjectNode request = TestApi.example();
        request.put("favouriteColour", "red");

        JsonNode problem = assertProblem(api.postJson(PATH, request), 400, "invalid-request");

        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("favouriteColour");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("unknown");
    }

    @Test
    void unknownCodeMessageListsTheCodes() {
        ObjectNode request = TestApi.example();
        element(request, "postgraduate", 0).put("type", "FELLOWSHIP");

        JsonNode problem = assertProblem(api.postJson(PATH, request), 400, "invalid-request");

        assertThat(problem.path("errors").get(0).path("message").asText())
                .contains("FELLOWSHIP", "INTERNSHIP", "RESIDENCY", "CLINICAL_ORDINATURA", "MASTERS", "DOCTORATE");
    }

    /** Sets every date of the example's records (not the top-level dates) to {@code date}. */
    private static void replaceDates(ObjectNode request, String date) {
        for (String list : List.of("labourPermit", "education", "postgraduate", "retraining", "certificationCourses",
                "professionalDevelopment", "certificates", "employment", "assessments")) {
            replaceDatesIn(request.path(list), date);
        }
    }

    private static void replaceDatesIn(JsonNode node, String date) {
        if (node instanceof ObjectNode object) {
            object.fieldNames().forEachRemaining(name -> {
                JsonNode value = object.get(name);
                if (value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
                    object.put(name, date);
                } else if (value.isContainerNode()) {
                    replaceDatesIn(value, date);
                }
            });
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> replaceDatesIn(element, date));
        }
    }

    private static Arguments invalid(String name, Consumer<ObjectNode> change, String field) {
        return Arguments.of(name, change, field);
    }

    private static ObjectNode education(ObjectNode request) {
        return element(request, "education", 0);
    }

    private static ObjectNode element(ObjectNode request, String list, int index) {
        return (ObjectNode) request.path(list).get(index);
    }
}
