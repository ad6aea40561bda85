package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Journeys.ok;
import static kz.medcert.adapters.http.Journeys.path;
import static kz.medcert.adapters.http.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import kz.medcert.application.fakes.FakeConsentGateway;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code PUT /api/v1/requests/{id}/form} over HTTP: the applicant amends the declared form before the submission
 * (R21, R70), with the same body as the start's form; a bad field is a 400 naming it, another specialty a 422, after
 * the submission a 409. A registry given up on names the uploads in its place ({@code fallbackFor}).
 */
class FormAmendmentEndpointTest {
    private final TestApi api = TestApi.start();
    private final Journeys journeys = new Journeys(api);

    FormAmendmentEndpointTest() {
        api.journey().setTime(RequestFixtures.FRIDAY_MORNING);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private static ObjectNode form() {
        return (ObjectNode) Journeys.graduateStart().get("form");
    }

    @Test
    void theApplicant_amendsTheFormBeforeSubmission_andTheHistoryAndDigestFollow_R21_R70() {
        String id = journeys.awaitingDocuments();
        String digest = journeys.get(id).path("contentDigest").asText();
        ObjectNode amended = form();
        amended.putArray("assessments").addObject().put("specialty", "PEDIATRICS").put("date", "2026-08-14")
                .put("passed", true);

        HttpResponse<String> response = api.putJson(path(id) + "/form", amended);

        JsonNode view = ok(response, 200);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"" + api.journey().repository
                .find(kz.medcert.domain.request.RequestId.parse(id)).orElseThrow().version() + "\"");
        assertThat(view.path("form").path("assessments").get(0).path("date").asText()).isEqualTo("2026-08-14");
        assertThat(view.path("history").findValuesAsText("event")).endsWith("FORM_AMENDED");
        assertThat(view.path("contentDigest").asText()).isNotEqualTo(digest);
        // the same form again changes nothing
        JsonNode again = ok(api.putJson(path(id) + "/form", amended), 200);
        assertThat(again.path("history").size()).isEqualTo(view.path("history").size());
    }

    @Test
    void withIfMatch_theFormAmendsOnlyTheVersionItWasFilledOn_aStaleOneIs412AndChangesNothing_R21_R70() {
        String id = journeys.awaitingDocuments();
        HttpResponse<String> read = api.get(path(id));
        String tag = read.headers().firstValue("ETag").orElseThrow();
        ObjectNode first = form();
        first.putArray("assessments").addObject().put("specialty", "PEDIATRICS").put("date", "2026-08-14")
                .put("passed", true);
        JsonNode amended = ok(amendWith(id, first, tag), 200);
        ObjectNode second = form();
        second.putArray("assessments").addObject().put("specialty", "PEDIATRICS").put("date", "2026-08-21")
                .put("passed", true);

        assertProblem(amendWith(id, second, tag), 412, "precondition-failed");

        JsonNode after = journeys.get(id);
        assertThat(after.path("form").path("assessments").get(0).path("date").asText()).isEqualTo("2026-08-14");
        assertThat(after.path("history").size()).isEqualTo(amended.path("history").size());
    }

    private HttpResponse<String> amendWith(String id, ObjectNode form, String ifMatch) {
        return api.send(java.net.http.HttpRequest.newBuilder(api.uri(path(id) + "/form"))
                .header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    @Test
    void aFieldThatIsNotValid_is400NamingItByItsPathInTheForm() {
        String id = journeys.awaitingDocuments();
        ObjectNode bad = form();
        ((ObjectNode) bad.get("education").get(0)).put("graduationDate", "30.06.2025");

        JsonNode problem = assertProblem(api.putJson(path(id) + "/form", bad), 400, "invalid-request");

        assertThat(Problems.fields(problem)).containsExactly("education[0].graduationDate");
    }

    @Test
    void anotherSpecialty_is422_andAfterTheSubmission409() {
        String id = journeys.readyToSign();
        ObjectNode other = form().put("declaredSpecialty", "THERAPY");

        JsonNode problem = assertProblem(api.putJson(path(id) + "/form", other), 422, "business-rule-violation");
        assertThat(Problems.fields(problem)).containsExactly("declaredSpecialty");

        ok(journeys.submit(id, journeys.validSignature(id)), 200);
        assertProblem(api.putJson(path(id) + "/form", form()), 409, "conflict");
    }

    @Test
    void aRegistryGivenUpOn_namesTheUploadsInItsPlace_andTheOfficerSeesIt_R21_R70() {
        RequestFixtures.graduateHoldings(api.journey().registries);
        api.journey().registries.failing(StateRegistry.EDUCATION, RequestFixtures.GRADUATE_IIN, 100,
                "answered with an error");
        String id = journeys.started();
        ok(api.post(path(id) + "/consent"), 202);
        ok(api.postJson(path(id) + "/consent/confirmation", "{\"code\":\"" + FakeConsentGateway.CODE + "\"}"), 200);
        JsonNode view = journeys.get(id);
        for (int round = 0; round < 20 && !view.path("status").asText().equals("AWAITING_DOCUMENTS"); round++) {
            api.journey().clock.advance(Duration.ofMinutes(10));
            view = ok(api.post(path(id) + "/fetch"), 200);
        }

        JsonNode education = view.path("registries").findParents("registry").stream()
                .filter(r -> r.path("registry").asText().equals("EDUCATION")).findFirst().orElseThrow();
        assertThat(view.path("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
        assertThat(education.path("status").asText()).isEqualTo("UNAVAILABLE");
        assertThat(education.path("unavailableSince").asText()).isNotBlank();
        assertThat(education.path("answeredLate").asBoolean()).isFalse();
        assertThat(view.path("missingUploads").findValuesAsText("fallbackFor")).contains("EDUCATION");
        JsonNode diploma = view.path("checklist").findParents("document").stream()
                .filter(i -> i.path("document").asText().equals("DIPLOMA")).findFirst().orElseThrow();
        assertThat(diploma.path("fallbackFor").asText()).isEqualTo("EDUCATION");
        assertThat(diploma.path("registryAnsweredAt").isNull()).isTrue();
        assertThat(view.path("evaluation").path("reviewNotes").findValuesAsText("code"))
                .contains("REGISTRY_UNAVAILABLE");
    }
}
