package kz.medcert.adapters.http;

import static kz.medcert.adapters.http.Journeys.REQUESTS;
import static kz.medcert.adapters.http.Journeys.ok;
import static kz.medcert.adapters.http.Journeys.path;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.medcert.application.fakes.FakeConsentGateway;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The applicant's journey over HTTP, on the real services with fakes of the registries, consent gateway and EDS. */
class RequestJourneyTest {
    private final TestApi api = TestApi.start();
    private final Journeys journeys = new Journeys(api);

    RequestJourneyTest() {
        api.journey().setTime(RequestFixtures.FRIDAY_MORNING);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void startConsentFetchUploadSign_acceptedWithRegistrationAndDueDate_R17_R22_R73_R78() {
        RequestFixtures.graduateHoldings(api.journey().registries);

        HttpResponse<String> startResponse = api.postJson(REQUESTS, Journeys.graduateStart());
        JsonNode started = ok(startResponse, 201);
        String id = started.path("id").asText();
        JsonNode challenge = ok(api.post(path(id) + "/consent"), 202);
        JsonNode confirmed = ok(api.postJson(path(id) + "/consent/confirmation",
                "{\"code\":\"" + FakeConsentGateway.CODE + "\"}"), 200);
        JsonNode fetched = journeys.get(id);
        JsonNode attached = ok(api.postMultipart(path(id) + "/attachments", Journeys.diploma()), 201);
        JsonNode accepted = ok(journeys.submit(id, journeys.validSignature(id)), 200);
        JsonNode afterwards = journeys.get(id);

        assertThat(startResponse.headers().firstValue("Location")).hasValue(REQUESTS + "/" + id);
        assertThat(started.path("status").asText()).isEqualTo("AWAITING_CONSENT");
        assertThat(started.path("applicant").path("iin").asText()).isEqualTo(RequestFixtures.GRADUATE_IIN.value());
        assertThat(started.path("applicant").path("fullName").asText()).isEqualTo("Сәрсенова Әйгерім Болатқызы");
        assertThat(started.path("consent").path("status").asText()).isEqualTo("NOT_REQUESTED");
        assertThat(started.path("form").path("education").get(0).path("graduationDate").asText())
                .isEqualTo("2025-06-30");
        assertThat(challenge.path("reference").asText()).isNotBlank();
        assertThat(challenge.path("channel").asText()).isEqualTo(FakeConsentGateway.CHANNEL);
        assertThat(challenge.path("maskedPhone").asText()).contains("*");
        assertThat(confirmed.path("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
        assertThat(confirmed.path("consent").path("status").asText()).isEqualTo("GIVEN");
        assertThat(confirmed.path("consent").path("reference").asText()).isEqualTo(challenge.path("reference")
                .asText());
        assertThat(fetched.path("registries").findValuesAsText("status")).containsOnly("FETCHED");
        assertThat(group(fetched, "EDUCATION").path("postgraduate").findValuesAsText("type"))
                .containsExactly("INTERNSHIP", "RESIDENCY");
        assertThat(group(fetched, "ASSESSMENTS").path("assessments").get(0).path("date").asText())
                .isEqualTo("2026-08-15");
        assertThat(group(fetched, "PROHIBITIONS").path("prohibition").asText()).isEqualTo("NONE");
        assertThat(fetched.path("missingUploads").findValuesAsText("document")).containsExactly("DIPLOMA");
        assertThat(item(fetched, "DIPLOMA").path("upload").path("required").asBoolean()).isTrue();
        assertThat(item(fetched, "DIPLOMA").path("upload").path("filled").asBoolean()).isFalse();
        assertThat(item(fetched, "RESIDENCY").path("source").asText()).isEqualTo("REGISTRY");
        assertThat(item(fetched, "RESIDENCY").path("upload").isNull()).isTrue();
        String attachmentId = attached.path("attachment").path("id").asText();
        assertThat(item(attached.path("request"), "DIPLOMA").path("upload").path("attachmentIds").get(0).asText())
                .isEqualTo(attachmentId);
        assertThat(attached.path("request").path("missingUploads")).isEmpty();
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("submission").path("registeredOn").asText()).isEqualTo("2026-11-20");
        assertThat(accepted.path("submission").path("decisionDue").asText()).isEqualTo("2026-11-27");
        assertThat(accepted.path("submission").path("contentDigest").asText())
                .isEqualTo(fetchedDigestAfterUpload(attached));
        assertThat(accepted.path("evaluation").path("outcome").path("result").asText()).isEqualTo("ELIGIBLE");
        assertThat(accepted.path("evaluation").path("decisionDue").asText()).isEqualTo("2026-11-27");
        assertThat(afterwards.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(afterwards.path("history").findValuesAsText("event")).startsWith("STARTED").endsWith("ACCEPTED");
    }

    @Test
    void showsWhyARegistryIsAwaitedAndWhenItIsAskedAgain_thenFetchesIt_R21_R70() {
        RequestFixtures.graduateHoldings(api.journey().registries);
        api.journey().registries.failing(StateRegistry.EDUCATION, RequestFixtures.GRADUATE_IIN, 1,
                "education registry timed out");
        String id = journeys.started();
        ok(api.post(path(id) + "/consent"), 202);

        JsonNode waiting = ok(api.postJson(path(id) + "/consent/confirmation", "{\"code\":\"123456\"}"), 200);
        api.journey().clock.advance(Duration.ofMinutes(1));
        JsonNode fetched = ok(api.post(path(id) + "/fetch"), 200);

        assertThat(waiting.path("status").asText()).isEqualTo("AWAITING_REGISTRIES");
        JsonNode education = registry(waiting, "EDUCATION");
        assertThat(education.path("status").asText()).isEqualTo("FAILED");
        assertThat(education.path("attempts").asInt()).isEqualTo(1);
        assertThat(education.path("failure").asText()).contains("education registry timed out");
        assertThat(education.path("lastAttemptAt").asText()).isEqualTo("2026-11-20T05:00:00Z");
        assertThat(education.path("nextAttemptAt").asText()).isEqualTo("2026-11-20T05:00:30Z");
        assertThat(waiting.path("fetched").findValuesAsText("registry")).doesNotContain("EDUCATION")
                .contains("ASSESSMENTS");
        assertThat(fetched.path("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
        assertThat(registry(fetched, "EDUCATION").path("status").asText()).isEqualTo("FETCHED");
        assertThat(registry(fetched, "EDUCATION").path("attempts").asInt()).isEqualTo(2);
        assertThat(fetched.path("fetched").findValuesAsText("registry")).contains("EDUCATION");
    }

    @Test
    void refusalOfConsentFetchesNothing_andTheEvaluationCarriesGround6_R90() {
        String id = journeys.started();

        JsonNode declined = ok(api.post(path(id) + "/consent/refusal"), 200);

        assertThat(declined.path("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
        assertThat(declined.path("consent").path("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.path("consent").path("answeredAt").asText()).isEqualTo("2026-11-20T05:00:00Z");
        assertThat(declined.path("registries")).isEmpty();
        assertThat(declined.path("fetched")).isEmpty();
        assertThat(strings(declined.path("evaluation").path("outcome").path("grounds")))
                .contains("GROUND_6_NO_CONSENT");
        assertThat(api.journey().registries.totalCalls()).isZero();
    }

    @Test
    void everyChecklistItemStatesSatisfiedAsBooleanOrNull_andUploadSlotsOnlyForApplicantUploads() {
        String id = journeys.awaitingDocuments();

        JsonNode view = journeys.get(id);

        assertThat(view.path("checklist")).isNotEmpty();
        for (JsonNode item : view.path("checklist")) {
            assertThat(item.get("satisfied").isBoolean() || item.get("satisfied").isNull()).as(item.toString())
                    .isTrue();
            boolean slot = !item.path("upload").isNull();
            assertThat(slot).as(item.toString()).isEqualTo(item.path("source").asText().equals("APPLICANT")
                    && !List.of("APPLICATION", "INFORMATION_FORM").contains(item.path("document").asText()));
        }
        assertThat(view.path("contentDigest").asText()).matches("[0-9a-f]{64}");
        assertThat(view.path("submission").isNull()).isTrue();
    }

    private static String fetchedDigestAfterUpload(JsonNode attached) {
        return attached.path("request").path("contentDigest").asText();
    }

    private static JsonNode group(JsonNode view, String registry) {
        return find(view.path("fetched"), "registry", registry);
    }

    private static JsonNode registry(JsonNode view, String registry) {
        return find(view.path("registries"), "registry", registry);
    }

    private static JsonNode item(JsonNode view, String document) {
        return find(view.path("checklist"), "document", document);
    }

    private static JsonNode find(JsonNode array, String key, String value) {
        for (JsonNode element : array) {
            if (element.path(key).asText().equals(value)) {
                return element;
            }
        }
        throw new AssertionError("no " + key + " " + value + " in " + array);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
