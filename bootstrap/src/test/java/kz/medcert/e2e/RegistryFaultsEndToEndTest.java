package kz.medcert.e2e;

import static kz.medcert.e2e.Journey.registryOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import kz.medcert.adapters.registries.RegistryBehaviour;
import kz.medcert.adapters.registries.RegistryBehaviours;
import kz.medcert.adapters.registries.RegistryFaults;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each state registry in turn hangs, errs, sends garbage or fails for a while, under the real service over HTTP
 * (R21, R70). For every case the application is kept and not refused for it: the applicant's consent call comes back
 * within the registry time limit, the request waits with the failed registry, its reason and retry time shown, the
 * garbage is not taken for data, submission waits, the failure and the retry are in the history and the audit log;
 * once the registry recovers, the retry worker fetches it and the request reaches AWAITING_DOCUMENTS with exactly the
 * data, checklist and evaluation of the same application made while every registry answered, and is then accepted.
 *
 * <p>The clock runs from the demo scenarios' application date (Friday 2026-11-20 10:00 in Almaty), so that retries
 * come due; time limit and back-off are shortened to keep the 28 cases within about half a minute.
 */
class RegistryFaultsEndToEndTest {
    private static final Instant DEMO_DAY = RunningService.DEMO_DAY;
    private static final Duration TIME_LIMIT = Duration.ofMillis(500);
    private static final Duration RECOVERY_WAIT = Duration.ofSeconds(20);
    private static final String RETRY_WORKER = "SYSTEM registry-retry";

    private static RunningService service;
    private static RegistryFaults faults;

    /** How a registry misbehaves, and what the applicant is told. */
    enum Fault {
        /** Would answer after a minute: far beyond the service's time limit. */
        HANGS("timeout:60s", "did not answer within 0.5 s"),
        ERROR("error", "answered with an error"),
        /** An HTML error page, then JSON that does not translate, alternately. */
        GARBAGE("garbage", "sent an unreadable answer"),
        /** Fails twice, then answers by itself: recovers without anyone switching it. */
        TRANSIENT("fail-first:2", "answered with an error");

        final RegistryBehaviour behaviour;
        final String reason;

        Fault(String behaviour, String reason) {
            this.behaviour = RegistryBehaviour.parse(behaviour);
            this.reason = reason;
        }

        boolean recoversByItself() {
            return this == TRANSIENT;
        }
    }

    /**
     * A demo person whose data in {@code registry} matter to their application, the application they make, and the
     * status it reaches on submission when no registry fails.
     */
    private record Applicant(String id, String iin, String startBody, String submittedAs) {
        Applicant(String id, String iin, String startBody) {
            this(id, iin, startBody, "ACCEPTED");
        }
    }

    private static final Map<StateRegistry, Applicant> APPLICANTS = Map.of(
            StateRegistry.EDUCATION, P02(),
            StateRegistry.CERTIFICATES, new Applicant("P01", DemoApplications.P01_IIN, DemoApplications.P01_ELIGIBLE,
                    // R14: a confirmation whose registry certificate matches is confirmed without an officer
                    "ISSUED"),
            StateRegistry.NAME_CHANGES, new Applicant("P03", "660921421657", """
                    {"applicant": {"iin": "660921421657", "surname": "Ким", "givenName": "Елена",
                                   "patronymic": "Викторовна", "region": "KARAGANDA"},
                     "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY",
                              "nameChangedAfterEducation": true,
                              "professionalDevelopment": [
                                  {"specialty": "THERAPY", "hours": 60, "completedOn": "2022-05-10"},
                                  {"specialty": "THERAPY", "credits": 2, "completedOn": "2024-10-01"}]}}
                    """,
                    "ISSUED"), // R13, R14: her indefinite certificate is in the registry and kept valid by PD
            StateRegistry.ASSESSMENTS, P02(),
            StateRegistry.EMPLOYMENT, new Applicant("P05", "930708429592", """
                    {"applicant": {"iin": "930708429592", "surname": "Исмаилова", "givenName": "Дана",
                                   "patronymic": "Маратқызы", "region": "SHYMKENT"},
                     "form": {"category": "DOMESTIC", "declaredSpecialty": "CARDIOLOGY"}}
                    """),
            // R68: a court prohibition on record; it must arrive (ground 4), and its absence must not refuse
            StateRegistry.PROHIBITIONS, new Applicant("P08", "750525341502", """
                    {"applicant": {"iin": "750525341502", "surname": "Тоқтаров", "givenName": "Асхат",
                                   "patronymic": "Бауыржанұлы", "region": "ATYRAU"},
                     "form": {"category": "DOMESTIC", "declaredSpecialty": "GENERAL_SURGERY",
                              "professionalDevelopment": [
                                  {"specialty": "GENERAL_SURGERY", "credits": 4, "completedOn": "2024-04-20"}]}}
                    """),
            StateRegistry.IDENTITY, new Applicant("P19", "920505385175", DemoApplications.P19_FOREIGN));

    private static Applicant P02() {
        return new Applicant("P02", "990203317687", """
                {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан",
                               "patronymic": "Ерланұлы", "region": "ASTANA"},
                 "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}
                """);
    }

    @BeforeAll
    static void start() {
        Clock fromDemoDay = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), DEMO_DAY));
        service = RunningService.start(fromDemoDay, Map.of(
                "MEDCERT_REGISTRY_TIMEOUT", TIME_LIMIT.toString(),
                "MEDCERT_RETRY_FIRST_DELAY", "PT1.5S", // longer than a loaded machine takes from consent to submission
                "MEDCERT_RETRY_INTERVAL", "PT0.1S", "MEDCERT_CONSENT_CODES_PER_PERSON_HOUR", "100000"));
        faults = service.instance(RegistryFaults.class);
    }

    @AfterEach
    void everyRegistryAnswersAgain() {
        faults.set(RegistryBehaviours.none());
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            assertThat(service.instance(AuditTrail.class).verifyAll().isIntact())
                    .as("the audit chain verifies after every fault and retry").isTrue();
            service.close();
        }
    }

    static Stream<Arguments> everyRegistryAndFault() {
        List<Arguments> cases = new ArrayList<>();
        for (StateRegistry registry : StateRegistry.values()) {
            for (Fault fault : Fault.values()) {
                cases.add(Arguments.of(registry, fault));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyRegistryAndFault")
    void aFailingRegistry_keepsTheApplication_showsWhy_retries_andChangesNothingOnceItAnswers_R21_R70(
            StateRegistry registry, Fault fault) {
        Applicant applicant = APPLICANTS.get(registry);
        // a fresh control each time: an earlier case's journey may have issued a certificate that the register now
        // holds (R14: the register is authoritative), which later journeys of the same person then rightly see
        JsonNode control = awaitingDocuments(applicant);
        faults.set(registry, fault.behaviour);
        Journey journey = new Journey(service, applicant.iin());
        journey.start(applicant.startBody());

        long asked = System.nanoTime();
        JsonNode waiting = journey.consent();
        Duration consentCall = Duration.ofNanos(System.nanoTime() - asked);
        JsonNode stored = journey.view();
        HttpResponse<String> early = journey.submit();
        if (!fault.recoversByItself()) {
            faults.recover(registry);
        }
        JsonNode recovered = journey.viewOnce(view -> !view.path("status").asText().equals("AWAITING_REGISTRIES"),
                RECOVERY_WAIT);

        // the applicant's call came back although the registry would have taken a minute
        assertThat(consentCall).isLessThan(Duration.ofSeconds(30));
        for (JsonNode view : List.of(waiting, stored)) {
            assertThat(view.path("status").asText()).isEqualTo("AWAITING_REGISTRIES");
            assertThat(view.at("/consent/status").asText()).isEqualTo("GIVEN");
            assertThat(view.path("fetched").findValuesAsText("registry")).doesNotContain(registry.name());
        }
        JsonNode failed = registryOf(waiting, registry);
        assertThat(failed.path("status").asText()).isEqualTo("FAILED");
        assertThat(failed.path("attempts").asInt()).isEqualTo(1);
        assertThat(failed.path("failure").asText()).isEqualTo(fault.reason);
        assertThat(Instant.parse(failed.path("nextAttemptAt").asText()))
                .isAfter(Instant.parse(failed.path("lastAttemptAt").asText()));
        assertThat(registryOf(stored, registry).path("failure").asText()).isEqualTo(fault.reason);
        assertThat(registryOf(stored, registry).path("nextAttemptAt").isTextual()).isTrue();
        assertThat(waiting.get("registries")).filteredOn(r -> !r.path("registry").asText().equals(registry.name()))
                .allSatisfy(r -> assertThat(r.path("status").asText()).as(r.toString()).isEqualTo("FETCHED"));
        // R21: nothing is decided on incomplete data: submission waits, naming the registry
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(early.body()).contains(registry.name());

        assertThat(recovered.path("status").asText()).as(recovered.path("registries").toString())
                .isEqualTo("AWAITING_DOCUMENTS");
        assertThat(recovered.at("/consent/status").asText()).isEqualTo("GIVEN");
        assertThat(registryOf(recovered, registry).path("status").asText()).isEqualTo("FETCHED");
        assertThat(registryOf(recovered, registry).path("attempts").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(withoutTimes(recovered.get("fetched"))).isEqualTo(withoutTimes(control.get("fetched")));
        assertThat(recovered.get("evaluation")).isEqualTo(control.get("evaluation"));
        assertThat(recovered.get("missingUploads")).isEqualTo(control.get("missingUploads"));

        List<String> steps = new ArrayList<>();
        recovered.get("history").forEach(h -> steps.add(h.path("event").asText() + " " + h.path("detail").asText()
                + " by " + h.path("actor").asText()));
        assertThat(steps).anySatisfy(step -> assertThat(step)
                .startsWith("FETCH_FAILED " + registry + ": " + fault.reason + "; retry at "));
        assertThat(steps).anySatisfy(step -> assertThat(step).startsWith("FETCHED " + registry + "; consent ")
                .endsWith(" by " + RETRY_WORKER));
        List<String> audited = service.instance(AuditTrail.class).trailOf(RequestId.parse(journey.id)).stream()
                .map(AuditEntry::event).toList();
        assertThat(audited).containsSubsequence("CONSENT_GIVEN", "FETCH_FAILED", "FETCHED");
        assertThat(service.instance(AuditTrail.class).trailOf(RequestId.parse(journey.id)))
                .anySatisfy(e -> assertThat(e.actor() + " " + e.event() + " " + e.detail())
                        .startsWith(RETRY_WORKER + " FETCHED " + registry + "; consent "));

        // neither lost nor refused for the outage: it ends as the undisturbed application, with its evaluation
        journey.uploadMissing();
        HttpResponse<String> submitted = journey.submit();
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        JsonNode accepted = Journey.json(submitted);
        assertThat(accepted.path("status").asText()).isEqualTo(applicant.submittedAs());
        assertThat(accepted.at("/evaluation/outcome")).isEqualTo(control.at("/evaluation/outcome"));
    }

    /** The same application while every registry answers: what the faulty case must end up with. */
    private static JsonNode awaitingDocuments(Applicant applicant) {
        Journey journey = new Journey(service, applicant.iin());
        journey.start(applicant.startBody());
        JsonNode view = journey.consent();
        assertThat(view.path("status").asText()).as(view.path("registries").toString())
                .isEqualTo("AWAITING_DOCUMENTS");
        return view;
    }

    private static JsonNode withoutTimes(JsonNode fetched) {
        JsonNode copy = fetched.deepCopy();
        copy.forEach(group -> ((ObjectNode) group).remove("fetchedAt"));
        return copy;
    }
}
