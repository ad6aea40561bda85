package kz.medcert.e2e;

import static kz.medcert.e2e.DemoApplications.P01_ELIGIBLE;
import static kz.medcert.e2e.DemoApplications.P01_SHORT_OF_PD;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The decisions over the real wiring and database, Friday 20 November 2026, 10:00 in Almaty: the preliminary refusal,
 * the applicant's objection and the final refusal (R91); two officers deciding at once; idempotent retries of the
 * start and of the submission; revocation on a court decision (R88) and what public verification then shows; the
 * officer's audit trail and the applicant's uploads.
 */
class DecisionsEndToEndTest {
    private static final String P01 = "850412413718";
    private static final Actor.Officer ALMATY = new Actor.Officer("OFF-1", Department.of(Region.ALMATY_CITY));
    private static final Actor.Officer ALMATY_COLLEAGUE = new Actor.Officer("OFF-2",
            Department.of(Region.ALMATY_CITY));
    private static final Actor.Officer ASTANA = new Actor.Officer("OFF-7", Department.of(Region.ASTANA));
    /** The officer's written reasons for issuing although the rules found grounds (R74, R91). */
    private static final String OVERRIDE =
            "{\"overrideMotivation\": {\"ru\": \"Удостоверение проверено на приёме.\"}}";
    /** P06 (Aktobe), confirmed automatically: her certificate is the one revoked, so that P01's stay current. */
    private static final String P06 = "881102433567";
    private static final Actor.Officer AKTOBE = new Actor.Officer("OFF-3", Department.of(Region.AKTOBE));
    private static RunningService service;

    @BeforeAll
    static void start() {
        service = RunningService.onDemoDay();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static Journey submitted(String body) {
        Journey journey = new Journey(service, P01);
        journey.start(body);
        journey.consent();
        journey.uploadMissing();
        HttpResponse<String> submitted = journey.submit();
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        return journey;
    }

    @Test
    void preliminaryRefusal_objection_finalRefusal_R85_R86_R91() {
        Journey journey = submitted(P01_SHORT_OF_PD);
        RunningService officer = service.as(ALMATY);
        JsonNode accepted = Journey.json(officer.get(journey.path("")));
        assertThat(accepted.get("status").asText()).isEqualTo("ACCEPTED");
        JsonNode draft = accepted.get("refusalDraft");
        assertThat(draft.get("grounds").get(0).asText()).isEqualTo("GROUND_2_REQUIREMENTS_NOT_MET");
        assertThat(draft.at("/motivation/ru").asText()).isNotBlank();

        // a final refusal before any preliminary one is a conflict
        String refusal = "{\"grounds\": [\"GROUND_2_REQUIREMENTS_NOT_MET\"], \"motivation\": "
                + Journey.JSON.valueToTree(draft.at("/motivation/ru").asText()) + "}";
        assertThat(officer.postJson(journey.path("/decision/refusal"), refusal).statusCode()).isEqualTo(409);

        HttpResponse<String> proposed = officer.postJson(journey.path("/decision/preliminary-refusal"), refusal);
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
        JsonNode decision = Journey.json(proposed).get("decision");
        assertThat(decision.get("kind").asText()).isEqualTo("REFUSAL_PROPOSED");
        assertThat(decision.get("failedRules").toString()).contains("R32", "R86");
        assertThat(decision.at("/hearing/objectionsUntil").asText()).isEqualTo("2026-11-24");
        JsonNode queued = Journey.json(officer.get("/api/v1/officer/queue?limit=500"));
        JsonNode entry = find(queued, journey.id);
        assertThat(entry.get("status").asText()).isEqualTo("REFUSAL_PROPOSED");
        assertThat(entry.get("objected").asBoolean()).isFalse();

        // the hearing is still open: the officer waits for the objection or the end of 24 November
        HttpResponse<String> early = officer.postJson(journey.path("/decision/refusal"), refusal);
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(early.body()).contains("24.11.2026");

        RunningService applicant = service.asApplicant(P01);
        assertThat(service.asApplicant("990203317687").postJson(journey.path("/objection"), "{\"text\": \"x\"}")
                .statusCode()).isEqualTo(404);
        HttpResponse<String> objected = applicant.postJson(journey.path("/objection"),
                "{\"text\": \"Курс 2025 года на 3 кредита не учтён.\"}");
        assertThat(objected.statusCode()).as(objected.body()).isEqualTo(200);
        assertThat(Journey.json(objected).at("/decision/hearing/objection").asText()).contains("2025");
        assertThat(applicant.postJson(journey.path("/objection"), "{\"text\": \"again\"}").statusCode())
                .isEqualTo(409);

        // a ground the applicant was not heard on is refused; the heard one, with an answering motivation, is final
        HttpResponse<String> newGround = officer.postJson(journey.path("/decision/refusal"),
                "{\"grounds\": [\"GROUND_3_NEGATIVE_AUTHORITY_RESPONSE\"], \"motivation\": \"expert\"}");
        assertThat(newGround.statusCode()).as(newGround.body()).isEqualTo(422);
        HttpResponse<String> refused = officer.postJson(journey.path("/decision/refusal"),
                "{\"grounds\": [\"GROUND_2_REQUIREMENTS_NOT_MET\"], \"motivation\": \"Курс 2025 года в реестре "
                        + "не значится; 2 кредита меньше 4 требуемых (R32).\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        JsonNode view = Journey.json(applicant.get(journey.path("")));
        assertThat(view.get("status").asText()).isEqualTo("REFUSED");
        assertThat(view.at("/decision/kind").asText()).isEqualTo("REFUSED");
        assertThat(view.at("/decision/motivation").asText()).contains("R32");
        assertThat(view.at("/decision/hearing/objection").asText()).isNotBlank();
        assertThat(view.get("history").findValuesAsText("event")).containsSubsequence("ACCEPTED",
                "REFUSAL_PROPOSED", "OBJECTION_RECEIVED", "REFUSED");
        assertThat(find(Journey.json(officer.get("/api/v1/officer/queue?limit=500")), journey.id)).isNull();

        // every step is in the audit trail the officer reads, each entry chained to the one before
        JsonNode trail = Journey.json(officer.get(journey.path("/audit")));
        assertThat(trail.findValuesAsText("event")).containsSubsequence("STARTED", "CONSENT_GIVEN", "ACCEPTED",
                "REFUSAL_PROPOSED", "OBJECTION_RECEIVED", "REFUSED");
        assertThat(trail.findValuesAsText("actor")).contains("OFFICER OFF-1 ALMATY_CITY", "APPLICANT 8504******18");
        assertThat(service.as(ASTANA).get(journey.path("/audit")).statusCode()).isEqualTo(404);
    }

    @Test
    void twoOfficersDecidingAtOnce_exactlyOneWins_theOtherGets409() throws Exception {
        String refusal = "{\"grounds\": [\"GROUND_2_REQUIREMENTS_NOT_MET\"], \"motivation\": \"PD short (R32).\"}";
        // R74, R91: issuing on the rules' ground 2 takes the officer's written reasons
        Map<String, String> decisions = Map.of("/decision/issue", OVERRIDE, "/decision/preliminary-refusal", refusal);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 6; round++) {
                String decision = round % 2 == 0 ? "/decision/issue" : "/decision/preliminary-refusal";
                Journey journey = submitted(P01_SHORT_OF_PD);
                CountDownLatch together = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (Actor.Officer officer : List.of(ALMATY, ALMATY_COLLEAGUE)) {
                    answers.add(pool.submit(() -> {
                        together.await();
                        return service.as(officer).postJson(journey.path(decision), decisions.get(decision));
                    }));
                }
                together.countDown();
                List<Integer> statuses = new ArrayList<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    statuses.add(answer.get(30, TimeUnit.SECONDS).statusCode());
                }

                assertThat(statuses).as("round " + round + " " + decision).containsExactlyInAnyOrder(200, 409);
                JsonNode view = Journey.json(service.as(ALMATY).get(journey.path("")));
                assertThat(view.get("status").asText())
                        .isEqualTo(decision.endsWith("issue") ? "ISSUED" : "REFUSAL_PROPOSED");
                // one decision in the history, by one of the two officers
                assertThat(view.get("history").findValuesAsText("event")).containsOnlyOnce(
                        decision.endsWith("issue") ? "ISSUED" : "REFUSAL_PROPOSED");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anOfficerDecidingOnWhatTheyRead_getsA412_whenAColleagueDecidedMeanwhile_RFC9110() {
        Journey journey = submitted(P01_SHORT_OF_PD);
        HttpResponse<String> read = service.as(ALMATY).get(journey.path(""));
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"\\d+\"");
        String refusal = "{\"grounds\": [\"GROUND_2_REQUIREMENTS_NOT_MET\"], \"motivation\": \"PD short (R32).\"}";

        HttpResponse<String> colleague = service.as(ALMATY_COLLEAGUE).send(ifMatch(journey.path(
                "/decision/preliminary-refusal"), etag, refusal));
        HttpResponse<String> stale = service.as(ALMATY).send(ifMatch(journey.path("/decision/issue"), etag, ""));
        HttpResponse<String> weak = service.as(ALMATY).send(ifMatch(journey.path("/decision/issue"), "W/" + etag, ""));
        HttpResponse<String> garbled = service.as(ALMATY).send(ifMatch(journey.path("/decision/issue"), "v7", ""));

        assertThat(colleague.statusCode()).as(colleague.body()).isEqualTo(200);
        String afterProposal = colleague.headers().firstValue("ETag").orElseThrow();
        assertThat(afterProposal).isNotEqualTo(etag);
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(stale.body()).contains("refusal proposed", "read it again");
        assertThat(weak.statusCode()).isEqualTo(412);
        assertThat(garbled.statusCode()).isEqualTo(400);
        assertThat(garbled.body()).contains("If-Match");
        assertThat(Journey.json(service.as(ALMATY).get(journey.path(""))).get("status").asText())
                .isEqualTo("REFUSAL_PROPOSED");
        // on what it now holds, the decision is taken
        HttpResponse<String> issued = service.as(ALMATY).send(ifMatch(journey.path("/decision/issue"), afterProposal,
                OVERRIDE));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
    }

    private static HttpRequest ifMatch(String path, String etag, String json) {
        return HttpRequest.newBuilder(service.uri(path)).header("Content-Type", "application/json")
                .header("If-Match", etag).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    @Test
    void startRetriedWithTheSameIdempotencyKey_createsOneRequest_evenConcurrently() throws Exception {
        RunningService applicant = service.asApplicant(P01);
        Function<String, HttpRequest> start = body -> HttpRequest.newBuilder(service.uri("/api/v1/requests"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "retry-7f3c")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            CountDownLatch together = new CountDownLatch(1);
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> {
                    together.await();
                    return applicant.send(start.apply(P01_ELIGIBLE));
                }));
            }
            together.countDown();
            Set<String> ids = new HashSet<>();
            int firsts = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
                ids.add(Journey.json(response).get("id").asText());
                firsts += response.headers().firstValue("Idempotent-Replayed").orElseThrow().equals("false") ? 1 : 0;
            }
            assertThat(ids).hasSize(1);
            assertThat(firsts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }

        HttpResponse<String> otherBody = applicant.send(start.apply(P01_SHORT_OF_PD));
        assertThat(otherBody.statusCode()).as(otherBody.body()).isEqualTo(422);
        assertThat(otherBody.body()).contains("Idempotency-Key");
        HttpResponse<String> badKey = applicant.send(HttpRequest.newBuilder(service.uri("/api/v1/requests"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "x".repeat(300))
                .POST(HttpRequest.BodyPublishers.ofString(P01_ELIGIBLE)).build());
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(badKey.body()).contains("Idempotency-Key");
    }

    @Test
    void submissionRetriedAfterItWasAcknowledged_answersTheSame_andRegistersOneCertificate_R14() {
        Journey journey = new Journey(service, P01);
        journey.start(P01_ELIGIBLE);
        journey.consent();
        journey.uploadMissing();
        String signature = "DEMO-EDS:" + P01 + ":" + journey.view().get("contentDigest").asText();

        HttpResponse<String> first = journey.submitWith(signature);
        HttpResponse<String> retry = journey.submitWith(signature);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
        JsonNode once = Journey.json(first);
        JsonNode again = Journey.json(retry);
        assertThat(again.get("decision")).isEqualTo(once.get("decision"));
        assertThat(again.get("history").size()).isEqualTo(once.get("history").size());
        assertThat(once.at("/decision/automatic").asBoolean()).isTrue();
    }

    @Test
    void revocationOnACourtDecision_showsRevokedToEmployers_R88() {
        Journey journey = new Journey(service, P06);
        journey.start(FuzzWorld.loadPersons().stream().filter(p -> p.id().equals("P06")).findFirst().orElseThrow()
                .startBody().toString());
        journey.consent();
        journey.uploadMissing();
        String number = Journey.json(journey.submit()).at("/decision/certificateNumber").asText();
        String body = "{\"ground\": \"GROUND_4_COURT_PROHIBITION\", \"reason\": \"Приговор Алмалинского районного "
                + "суда г. Алматы от 12.11.2026 по делу № 1-1234/2026\"}";
        String path = "/api/v1/certificates/" + number + "/revocation";

        assertThat(service.as(ASTANA).postJson(path, body).statusCode()).isEqualTo(404);
        assertThat(service.asApplicant(P06).postJson(path, body).statusCode()).isEqualTo(403);
        assertThat(service.as(AKTOBE).postJson(path, "{\"ground\": \"GROUND_2_REQUIREMENTS_NOT_MET\", "
                + "\"reason\": \"x\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> revoked = service.as(AKTOBE).postJson(path, body);
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(Journey.json(revoked).get("status").asText()).isEqualTo("REVOKED");
        assertThat(service.as(new Actor.Officer("OFF-8", Department.of(Region.AKTOBE))).postJson(path, body)
                .statusCode()).isEqualTo(409);

        JsonNode verified = Journey.json(service.get("/api/v1/public/certificates/" + number));
        assertThat(verified.get("status").asText()).isEqualTo("REVOKED");
        assertThat(verified.toString()).doesNotContain(P06, "Приговор");
        HttpResponse<String> page = service.get("/verify/" + number);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(number, "Отозван").doesNotContain(P06);

        // row 8 part B: once revoked, her certificate confirms nothing: a new application is first-time, for an officer
        Journey again = new Journey(service, P06);
        again.start(FuzzWorld.loadPersons().stream().filter(p -> p.id().equals("P06")).findFirst().orElseThrow()
                .startBody().toString());
        JsonNode consented = again.consent();
        assertThat(consented.at("/evaluation/route").asText()).isEqualTo("FIRST_TIME");
        assertThat(consented.at("/evaluation/reviewNotes").findValuesAsText("code")).contains("CERTIFICATE_REVOKED");
    }

    @Test
    void anOfficerOfTheDepartmentReadsTheApplicantsUploads_nobodyElseDoes_R19_R70() {
        Journey journey = submitted(P01_ELIGIBLE); // the 90 hours of PD need their certificate uploaded
        String attachment = Journey.json(service.asApplicant(P01).get(journey.path(""))).at("/attachments/0/id")
                .asText();
        String path = journey.path("/attachments/" + attachment);

        HttpResponse<String> officer = service.as(ALMATY).get(path);
        assertThat(officer.statusCode()).isEqualTo(200);
        assertThat(officer.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(officer.body()).startsWith("%PDF-1.4");
        assertThat(service.asApplicant(P01).get(path).statusCode()).isEqualTo(200);
        assertThat(service.as(ASTANA).get(path).statusCode()).isEqualTo(404);
        assertThat(service.asApplicant("990203317687").get(path).statusCode()).isEqualTo(404);
        assertThat(service.as(ALMATY).get(journey.path("/attachments/" + UUID.randomUUID())).statusCode())
                .isEqualTo(404);
    }

    private static JsonNode find(JsonNode queue, String id) {
        Map<String, JsonNode> byId = new HashMap<>();
        queue.get("entries").forEach(e -> byId.put(e.get("id").asText(), e));
        return byId.get(id);
    }
}
