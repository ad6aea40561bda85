package kz.medcert.e2e;

import static kz.medcert.e2e.Journey.registryOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import kz.medcert.adapters.registries.RegistryBehaviour;
import kz.medcert.adapters.registries.RegistryFaults;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * R21, R70 over HTTP against the real wiring: a state registry that stays down does not hold the applicant forever.
 * After the configured attempts (or time after the consent) it is unavailable for the applicant, who amends the form
 * to declare what it would have supplied and uploads its documents (the checklist names the registry); the officer
 * sees the unavailable registry and is given the request (no automatic confirmation); the registry is still asked
 * after the submission, and its late answer is recorded beside the upload and, differing from the declaration, raises
 * a review note. A prohibitions registry that stays down is replaced by no upload (R68).
 *
 * <p>The service's clock is moved by the test, so that retries come due; the retry worker runs every 0.1 s.
 */
class RegistryFallbackEndToEndTest {
    private static final Instant DEMO_DAY = RunningService.DEMO_DAY;
    private static final Actor.Officer ASTANA = new Actor.Officer("OFF-3", Department.of(Region.ASTANA));
    private static final String P02 = DemoApplications.P02_IIN;
    private static final String P02_START = """
            {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан",
                           "patronymic": "Ерланұлы", "region": "ASTANA"},
             "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}
            """;
    /** What P02 declares in place of the education registry: his diploma a day off from what it holds. */
    private static final String P02_DECLARED = """
            {"category": "DOMESTIC", "declaredSpecialty": "THERAPY",
             "education": [{"level": "HIGHER", "field": "GENERAL_MEDICINE", "graduationDate": "2023-06-29"}],
             "postgraduate": [{"type": "INTERNSHIP", "specialty": "GENERAL_PRACTICE", "completedOn": "2024-06-30"},
                              {"type": "RESIDENCY", "specialty": "THERAPY", "completedOn": "2026-06-30"}]}
            """;
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final MovableClock clock = new MovableClock(DEMO_DAY);
    private RunningService service;

    @AfterEach
    void stop() {
        if (service != null) {
            assertThat(service.instance(AuditTrail.class).verifyAll().isIntact()).isTrue();
            service.close();
        }
    }

    private void start(Map<String, String> env) {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("MEDCERT_REGISTRY_TIMEOUT", "PT0.5S");
        all.put("MEDCERT_RETRY_INTERVAL", "PT0.1S");
        service = RunningService.start(clock, all);
    }

    @Test
    void aRegistryThatStaysDown_isReplacedByTheApplicantsDeclarationAndUploads_andItsLateAnswerIsNoted_R21_R70() {
        start(Map.of("MEDCERT_REGISTRY_FALLBACK_ATTEMPTS", "3"));
        RegistryFaults faults = service.instance(RegistryFaults.class);
        faults.set(StateRegistry.EDUCATION, RegistryBehaviour.parse("error"));
        Journey journey = new Journey(service, P02);
        journey.start(P02_START);

        JsonNode waiting = journey.consent();
        assertThat(waiting.path("status").asText()).isEqualTo("AWAITING_REGISTRIES");
        assertThat(registryOf(waiting, StateRegistry.EDUCATION).path("status").asText()).isEqualTo("FAILED");
        JsonNode offered = untilMovingTheClock(journey, view -> view.path("status").asText()
                .equals("AWAITING_DOCUMENTS"));

        // the fallback is offered: the registry is unavailable for him, its items are his uploads, naming it
        JsonNode education = registryOf(offered, StateRegistry.EDUCATION);
        assertThat(education.path("status").asText()).isEqualTo("UNAVAILABLE");
        assertThat(education.path("attempts").asInt()).isEqualTo(3);
        assertThat(education.path("unavailableSince").isTextual()).isTrue();
        assertThat(education.path("nextAttemptAt").isTextual()).isTrue();
        assertThat(item(offered, "DIPLOMA").path("fallbackFor").asText()).isEqualTo("EDUCATION");
        assertThat(item(offered, "DIPLOMA").path("source").asText()).isEqualTo("APPLICANT");
        assertThat(codes(offered)).contains("REGISTRY_UNAVAILABLE");
        assertThat(offered.get("history").findValuesAsText("event")).contains("REGISTRY_UNAVAILABLE");

        // he declares what the registry would have supplied, and uploads its documents
        HttpResponse<String> amendment = journey.amend(P02_DECLARED);
        assertThat(amendment.statusCode()).as(amendment.body()).isEqualTo(200);
        JsonNode amended = Journey.json(amendment);
        assertThat(amended.get("history").findValuesAsText("event")).endsWith("FORM_AMENDED");
        assertThat(amended.path("missingUploads").findValuesAsText("document")).contains("DIPLOMA", "RESIDENCY");
        assertThat(amended.path("missingUploads")).allSatisfy(missing ->
                assertThat(missing.path("fallbackFor").asText()).isEqualTo("EDUCATION"));
        journey.uploadMissing();
        HttpResponse<String> submitted = journey.submit();
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonNode accepted = Journey.json(submitted);
        assertThat(accepted.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(accepted.at("/evaluation/outcome/result").asText()).isEqualTo("ELIGIBLE");

        // the officer of his department sees the unavailable registry and what stands in for it
        RunningService officer = service.as(ASTANA);
        JsonNode read = Journey.json(ok(officer.get(journey.path(""))));
        assertThat(registryOf(read, StateRegistry.EDUCATION).path("status").asText()).isEqualTo("UNAVAILABLE");
        assertThat(item(read, "DIPLOMA").path("fallbackFor").asText()).isEqualTo("EDUCATION");
        assertThat(item(read, "DIPLOMA").path("upload").path("filled").asBoolean()).isTrue();
        assertThat(codes(read)).contains("REGISTRY_UNAVAILABLE");
        assertThat(officer.get("/api/v1/officer/queue").body()).contains(journey.id);
        HttpResponse<String> afterSubmission = journey.amend(P02_DECLARED);
        assertThat(afterSubmission.statusCode()).as(afterSubmission.body()).isEqualTo(409);

        // the registry answers after the submission: recorded beside the upload, and the difference is a note
        faults.recover(StateRegistry.EDUCATION);
        JsonNode late = untilMovingTheClock(journey, view -> registryOf(view, StateRegistry.EDUCATION)
                .path("status").asText().equals("FETCHED"));
        JsonNode seen = Journey.json(ok(officer.get(journey.path(""))));
        assertThat(late.path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(registryOf(seen, StateRegistry.EDUCATION).path("answeredLate").asBoolean()).isTrue();
        assertThat(seen.path("fetched").findValuesAsText("registry")).contains("EDUCATION");
        assertThat(item(seen, "DIPLOMA").path("registryAnsweredAt").isTextual()).isTrue();
        assertThat(item(seen, "DIPLOMA").path("fallbackFor").asText()).isEqualTo("EDUCATION");
        JsonNode note = note(seen, "REGISTRY_DIFFERS_FROM_DECLARED");
        assertThat(note.at("/text/en").asText()).contains("Higher education, General medicine, 30.06.2023",
                "Higher education, General medicine, 29.06.2023").doesNotContain("GENERAL_MEDICINE");
        assertThat(seen.at("/submission/contentDigest")).isEqualTo(accepted.at("/submission/contentDigest"));
        List<String> audited = service.instance(AuditTrail.class).trailOf(RequestId.parse(journey.id)).stream()
                .map(entry -> entry.actor() + " " + entry.event()).toList();
        String applicant = new Actor.Applicant(kz.medcert.domain.person.Iin.parse(P02)).auditLabel();
        assertThat(audited).containsSubsequence("SYSTEM registry-retry REGISTRY_UNAVAILABLE",
                applicant + " FORM_AMENDED", applicant + " ACCEPTED", "SYSTEM registry-retry FETCHED_LATE");

        // the officer decides on what they read, the late answer included
        String etag = officer.get(journey.path("")).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> issued = officer.send(HttpRequest.newBuilder(service.uri(journey.path("/decision/issue")))
                .header("If-Match", etag).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        assertThat(Journey.json(issued).path("certificateNumber").asText()).startsWith("MC-2026-");
        assertThat(journey.view().path("status").asText()).isEqualTo("ISSUED");
    }

    @Test
    void aProhibitionsRegistryThatStaysDown_afterTheConfiguredTime_isReplacedByNoUpload_R68_R70() {
        start(Map.of("MEDCERT_REGISTRY_FALLBACK_AFTER", "PT30M", "MEDCERT_REGISTRY_FALLBACK_ATTEMPTS", "100"));
        service.instance(RegistryFaults.class).set(StateRegistry.PROHIBITIONS, RegistryBehaviour.parse("error"));
        Journey journey = new Journey(service, P02);
        journey.start(P02_START);
        journey.consent();

        JsonNode offered = untilMovingTheClock(journey, view -> view.path("status").asText()
                .equals("AWAITING_DOCUMENTS"));

        JsonNode prohibitions = registryOf(offered, StateRegistry.PROHIBITIONS);
        assertThat(prohibitions.path("status").asText()).isEqualTo("UNAVAILABLE");
        // given up on when the half hour after the consent had passed, not after a number of attempts
        assertThat(Duration.between(DEMO_DAY, Instant.parse(prohibitions.path("unavailableSince").asText())))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(prohibitions.path("attempts").asInt()).isLessThan(100);
        assertThat(offered.path("missingUploads")).isEmpty();
        assertThat(item(offered, "PROHIBITION_CHECK").path("upload").isNull()).isTrue();
        assertThat(item(offered, "PROHIBITION_CHECK").path("fallbackFor").isNull()).isTrue();
        assertThat(codes(offered)).contains("PROHIBITION_NO_DATA", "REGISTRY_UNAVAILABLE");
        assertThat(note(offered, "REGISTRY_UNAVAILABLE").at("/text/en").asText())
                .contains("cannot be replaced by an upload");
        HttpResponse<String> submitted = journey.submit();
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(Journey.json(submitted).path("status").asText()).isEqualTo("ACCEPTED");
    }

    /**
     * Moves the service's clock on, a few minutes at a time, and waits for the retry worker after each step, until
     * the applicant's view satisfies {@code reached}.
     */
    private JsonNode untilMovingTheClock(Journey journey, Predicate<JsonNode> reached) {
        JsonNode view = journey.view();
        for (int step = 0; step < 60 && !reached.test(view); step++) {
            long before = view.path("history").size();
            clock.set(clock.instant().plus(Duration.ofMinutes(5)));
            view = journey.viewOnce(seen -> seen.path("history").size() != before || reached.test(seen),
                    retryDue(view) ? WAIT : Duration.ZERO);
        }
        assertThat(reached.test(view)).as(view.path("registries").toString()).isTrue();
        return view;
    }

    /** Whether a registry of the request is to be asked again by the service's clock now. */
    private boolean retryDue(JsonNode view) {
        for (JsonNode entry : view.get("registries")) {
            if (entry.path("nextAttemptAt").isTextual()
                    && !Instant.parse(entry.path("nextAttemptAt").asText()).isAfter(clock.instant())) {
                return true;
            }
        }
        return false;
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response;
    }

    private static JsonNode item(JsonNode view, String document) {
        for (JsonNode item : view.get("checklist")) {
            if (item.path("document").asText().equals(document)) {
                return item;
            }
        }
        throw new AssertionError(document + " is not on the checklist: " + view.get("checklist"));
    }

    private static JsonNode note(JsonNode view, String code) {
        for (JsonNode note : view.at("/evaluation/reviewNotes")) {
            if (note.path("code").asText().equals(code)) {
                return note;
            }
        }
        throw new AssertionError(code + " is not among the notes: " + view.at("/evaluation/reviewNotes"));
    }

    private static List<String> codes(JsonNode view) {
        return view.at("/evaluation/reviewNotes").findValuesAsText("code");
    }
}
