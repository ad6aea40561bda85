package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import kz.medcert.adapters.registries.RegistryFaults;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the service on one PostgreSQL, behaving as one service: starts (each sent to both at once with one
 * Idempotency-Key), consents (the code asked through one instance, confirmed through the other), registry retries
 * (both retry workers running; the prohibitions registry fails each person's first calls), submissions (each sent to
 * both at once) and decisions (two officers at once, one per instance). Afterwards: no write lost or duplicated,
 * every registry call recorded (so no retry ran twice), every certificate registered with no serial burnt, the audit
 * chain intact.
 */
class TwoInstancesEndToEndTest {
    private static final int REQUESTS_PER_PERSON = 6;
    private static final String P02_START = """
            {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан", "region": "ASTANA"},
             "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}""";
    private static final Map<String, String> STARTS = Map.of(DemoApplications.P01_IIN, DemoApplications.P01_ELIGIBLE,
            DemoApplications.P02_IIN, P02_START);
    private static EmbeddedPostgres postgres;
    private static RunningService a;
    private static RunningService b;
    private static Map<String, String> env;
    private static final ExecutorService CLIENTS = Executors.newFixedThreadPool(8);

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
        Path key = ProductionModeService.keyFile(Files.createTempDirectory("medcert-two"));
        env = new HashMap<>(Map.of("MEDCERT_DB_URL", postgres.getJdbcUrl("postgres", "postgres"),
                "MEDCERT_DB_USER", "postgres", "MEDCERT_DB_PASSWORD", "", "MEDCERT_DEMO", "true",
                "MEDCERT_DEMO_DATA", "false", "MEDCERT_KEY_FILE", key.toString(),
                "MEDCERT_REGISTRY_BEHAVIOUR", "PROHIBITIONS=fail-first:3", "MEDCERT_RETRY_FIRST_DELAY", "PT0.3S",
                "MEDCERT_RETRY_INTERVAL", "PT0.1S", "MEDCERT_REGISTRY_TIMEOUT", "PT2S"));
        env.put("MEDCERT_CONSENT_CODES_PER_PERSON_HOUR", "1000");
        // one clock for both, ticking from the demo persons' application day, so that retries come due
        Clock clock = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), RunningService.DEMO_DAY));
        a = RunningService.start(clock, env);
        b = RunningService.start(clock, env);
    }

    @AfterAll
    static void stop() throws IOException {
        CLIENTS.shutdownNow();
        for (RunningService service : new RunningService[] {a, b}) {
            if (service != null) {
                service.close();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoInstancesOnOneDatabase_loseNothing_duplicateNothing_runEachRetryOnce_andKeepOneChain() throws Exception {
        RunningService[] instances = {a, b};
        FuzzWorld.Ledger ledger = new FuzzWorld.Ledger();

        // starts, each sent to both instances at once with one key: one request each
        Map<String, String> owners = new HashMap<>();
        List<Callable<Void>> starts = new ArrayList<>();
        for (String iin : STARTS.keySet()) {
            for (int i = 0; i < REQUESTS_PER_PERSON; i++) {
                String idempotencyKey = iin + "-" + i;
                starts.add(() -> {
                    List<HttpResponse<String>> both = atOnce(instances, service -> service.asApplicant(iin).send(
                            HttpRequest.newBuilder(service.uri("/api/v1/requests"))
                                    .header("Content-Type", "application/json").header("Idempotency-Key",
                                            idempotencyKey)
                                    .POST(HttpRequest.BodyPublishers.ofString(STARTS.get(iin))).build()));
                    Set<String> ids = new HashSet<>();
                    for (HttpResponse<String> answer : both) {
                        assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
                        ids.add(Journey.json(answer).path("id").asText());
                    }
                    assertThat(ids).as("one request per key").hasSize(1);
                    synchronized (owners) {
                        owners.put(ids.iterator().next(), iin);
                    }
                    return null;
                });
            }
        }
        all(starts);
        ledger.requests.addAll(owners.keySet());
        assertThat(owners).hasSize(STARTS.size() * REQUESTS_PER_PERSON);

        // consents: the code asked through one instance, confirmed through the other
        List<Callable<Void>> consents = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String> request : owners.entrySet()) {
            RunningService asker = instances[n % 2];
            RunningService confirmer = instances[(n + 1) % 2];
            n++;
            consents.add(() -> {
                String path = "/api/v1/requests/" + request.getKey();
                HttpResponse<String> asked = asker.asApplicant(request.getValue()).postJson(path + "/consent", "");
                assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
                HttpResponse<String> confirmed = confirmer.asApplicant(request.getValue()).postJson(path
                        + "/consent/confirmation", "{\"code\": \"123456\"}");
                assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
                return null;
            });
        }
        all(consents);

        // the retry workers of both instances at work, until every request has its registries' answers
        for (Map.Entry<String, String> request : owners.entrySet()) {
            awaitStatus(request.getKey(), request.getValue(), "AWAITING_DOCUMENTS");
        }

        // submissions, each sent to both instances at once: the same answer twice, never a 409
        List<Callable<Void>> submissions = new ArrayList<>();
        n = 0;
        for (Map.Entry<String, String> request : owners.entrySet()) {
            RunningService uploader = instances[n++ % 2];
            submissions.add(() -> {
                Journey journey = new Journey(uploader, request.getValue());
                journey.id = request.getKey();
                journey.uploadMissing();
                String digest = journey.view().path("contentDigest").asText();
                String body = "{\"signature\": \"DEMO-EDS:" + request.getValue() + ":" + digest + "\"}";
                List<HttpResponse<String>> both = atOnce(instances, service -> service.asApplicant(request
                        .getValue()).postJson(journey.path("/submission"), body));
                for (HttpResponse<String> answer : both) {
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                }
                assertThat(Journey.json(both.get(0)).path("status").asText())
                        .isEqualTo(Journey.json(both.get(1)).path("status").asText());
                ledger.submitted.add(request.getKey());
                return null;
            });
        }
        all(submissions);

        // decisions: two officers of Astana at once, one per instance; one issues, the other is told it was decided
        Actor.Officer astana = new Actor.Officer("OFF-3", Department.of(Region.ASTANA));
        List<Callable<Void>> decisions = new ArrayList<>();
        for (Map.Entry<String, String> request : owners.entrySet()) {
            if (!request.getValue().equals(DemoApplications.P02_IIN)) {
                continue;
            }
            decisions.add(() -> {
                List<HttpResponse<String>> both = atOnce(instances, service -> service.as(astana).postJson(
                        "/api/v1/requests/" + request.getKey() + "/decision/issue", ""));
                List<Integer> statuses = both.stream().map(HttpResponse::statusCode).sorted().toList();
                assertThat(statuses).as(both.get(0).body() + both.get(1).body()).containsExactly(200, 409);
                return null;
            });
        }
        all(decisions);

        // every request issued, with its certificate in the register
        Set<Long> serials = new TreeSet<>();
        for (Map.Entry<String, String> request : owners.entrySet()) {
            JsonNode view = Journey.json(a.asApplicant(request.getValue()).get("/api/v1/requests/"
                    + request.getKey()));
            assertThat(view.path("status").asText()).as(view.toString()).isEqualTo("ISSUED");
            String number = view.path("decision").path("certificateNumber").asText();
            ledger.issued.put(number, request.getKey());
            serials.add(CertificateNumbers.serialOf(new CertificateNumber(number)).orElseThrow().serial());
        }
        assertThat(serials).as("one serial per certificate, none burnt by the races").hasSize(owners.size())
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, owners.size()).boxed().toList());

        // each registry call recorded: no retry ran on both instances
        int calls = 0;
        for (RunningService service : instances) {
            RegistryFaults faults = service.instance(RegistryFaults.class);
            for (String iin : STARTS.keySet()) {
                calls += faults.callsCounted(StateRegistry.PROHIBITIONS, Iin.parse(iin));
            }
        }
        long recorded = a.instance(org.jdbi.v3.core.Jdbi.class).withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM audit_log WHERE event IN ('FETCHED', 'FETCH_FAILED') "
                                + "AND detail LIKE 'PROHIBITIONS%'").mapTo(Long.class).one());
        assertThat(recorded).as("every request fetched PROHIBITIONS once and failed before").isGreaterThan(
                owners.size());
        assertThat(calls).as("calls to the prohibitions registry against the pulls recorded").isEqualTo(recorded);

        // nothing lost, nothing partial, one intact chain, seen through either instance
        StoredRecords.Report report = new StoredRecords(b.injector()).check(ledger);
        assertThat(report.problems()).isEmpty();
        JsonNode chain = Journey.json(b.as(new Actor.Admin("ADM-1")).get("/api/v1/admin/audit/verification"));
        assertThat(chain.path("intact").asBoolean()).as(chain.toString()).isTrue();
        long requests = a.instance(org.jdbi.v3.core.Jdbi.class).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM certification_request").mapTo(Long.class).one());
        assertThat(requests).as("no duplicate request").isEqualTo(owners.size());
    }

    private static void awaitStatus(String id, String iin, String status) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        String seen = "";
        while (System.nanoTime() < deadline) {
            seen = Journey.json(b.asApplicant(iin).get("/api/v1/requests/" + id)).path("status").asText();
            if (seen.equals(status)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("request " + id + " is " + seen + ", not " + status + ", after 90 s");
    }

    /** The same call to both instances at the same moment; their answers in the instances' order. */
    private static List<HttpResponse<String>> atOnce(RunningService[] instances,
                                                     java.util.function.Function<RunningService,
                                                             HttpResponse<String>> call) throws Exception {
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(instances.length);
        List<Thread> threads = new ArrayList<>();
        List<HttpResponse<String>> answers = new ArrayList<>(java.util.Collections.nCopies(instances.length, null));
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < instances.length; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    together.await(30, TimeUnit.SECONDS);
                    answers.set(index, call.apply(instances[index]));
                } catch (Exception | AssertionError e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("a call failed", failures.get(0));
        }
        return answers;
    }

    private static void all(List<Callable<Void>> tasks) throws Exception {
        List<Future<Void>> futures = new ArrayList<>();
        for (Callable<Void> task : tasks) {
            futures.add(CLIENTS.submit(task));
        }
        for (Future<Void> future : futures) {
            future.get(120, TimeUnit.SECONDS);
        }
    }
}
