package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property, over generated and mutated requests to every operation of the served OpenAPI document (and the pages
 * beside it): whatever a client sends — bodies, headers, tokens, path values, methods, framings — the answer is below
 * 500, shows nothing of Java, and an error is an RFC 9457 problem; and afterwards nothing stored is partial (see
 * {@link StoredRecords}), nothing acknowledged is lost.
 *
 * <p>The service is the real wiring on an embedded HSQLDB in a temporary directory, with demo data; one registry fails
 * once per person, so that requests also wait for registries. Real applicant journeys put requests of the demo persons
 * into every state before and during the run, and the requests the fuzzer creates join them.
 *
 * <p>Two passes. First every case that ever found a fault ({@value #REGRESSIONS}: the run's seed, the operation, its
 * place in the run and the case's number) is replayed, on every build, and must pass: a fault once fixed stays fixed.
 * Then the exploration: the seed is fresh each run and printed; a finding is reported with the line to add to the
 * regressions and written to {@code target/fuzz-findings.txt}, and fails the build only when the run was asked for
 * ({@code -Dmedcert.seed=N} replays a run, {@code -Dmedcert.fuzz.strict=true} makes a fresh one strict), so that a
 * fault no change under test touched does not block it. {@code -Dmedcert.fuzz.cases=N} sets the run's size (cases in
 * all, spread over the operations; {@value #DEFAULT_CASES} by default). Request ids are random UUIDs, so a replay aims
 * at the same requests by their place in the run, not by id.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndpointFuzzTest {
    static final int DEFAULT_CASES = 6000;
    private static final long SEED = Long.getLong("medcert.seed", new SecureRandom().nextLong());
    /** A run asked for by its seed, or made strict, fails on a finding; a fresh exploration reports it. */
    private static final boolean STRICT = System.getProperty("medcert.seed") != null
            || Boolean.getBoolean("medcert.fuzz.strict");
    /** Every case that ever found a fault, replayed on every build. */
    static final String REGRESSIONS = "fuzz-regressions.txt";
    private static final Path FINDINGS = Path.of("target", "fuzz-findings.txt");
    private static final int CASES = Integer.getInteger("medcert.fuzz.cases", DEFAULT_CASES);
    /** A new journey of a demo person every so many cases, so that every state stays in reach. */
    private static final int JOURNEY_EVERY = 25;
    private static final int FAILURES_SHOWN = 5;
    /** One change of a request in so many is sent twice at once. */
    private static final int RACE_ONE_IN = 12;
    private static final int MAX_ATTACHMENT_BYTES = 100_000;
    /**
     * From so many cases of an operation, it must also reach its use case (if the fuzzer has seeds of its own for it;
     * an operation added since is fuzzed with generic ones and reported as such) and aim at requests in every status
     * there was from its first case to its last (if it names a request).
     */
    private static final int COVERED_FROM = 100;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T05:00:00Z"), ZoneOffset.UTC);
    /** Served beside the API but not operations of it: the Swagger UI's assets (a static file handler). */
    private static final List<ApiOperation> PAGES = List.of(new ApiOperation("GET", "/docs/swagger-ui/{asset}",
            "swaggerUiAsset", List.of("asset"), Map.of(), Map.of(), false));

    private RunningService service;
    private RawHttp http;
    private FuzzWorld world;
    private FuzzCases cases;
    private List<ApiOperation> operations;
    private long started;
    private final ExecutorService racer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "fuzz-racer");
        thread.setDaemon(true);
        return thread;
    });

    @BeforeAll
    void start() {
        System.out.printf("EndpointFuzzTest: seed %d, %d cases (replay: mvn -B -pl bootstrap -am verify "
                + "-Dtest=EndpointFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dmedcert.seed=%d "
                + "-Dmedcert.fuzz.cases=%d)%n", SEED, CASES, SEED, CASES);
        started = System.nanoTime();
        service = RunningService.start(CLOCK, Map.of("MEDCERT_REGISTRY_BEHAVIOUR", "PROHIBITIONS=fail-first:1",
                "MEDCERT_RETRY_FIRST_DELAY", "PT1H", "MEDCERT_MAX_ATTACHMENT_BYTES",
                Integer.toString(MAX_ATTACHMENT_BYTES), "MEDCERT_CONSENT_CODES_PER_PERSON_HOUR", "100000"));
        http = new RawHttp(service.uri("/").getPort());
        operations = new ArrayList<>(ApiOperation.all(Journey.json(service.get("/openapi.json"))));
        operations.addAll(PAGES);
        world = new FuzzWorld(service);
        world.setUp(new Random(SEED));
        cases = new FuzzCases(world, new FuzzTokens(service.tokens(), CLOCK), service, MAX_ATTACHMENT_BYTES);
    }

    @AfterAll
    void stop() {
        racer.shutdownNow();
        if (service != null) {
            service.close();
        }
    }

    Stream<ApiOperation> operations() {
        return operations.stream();
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("operations")
    void noAnswerIsA5xxOrShowsJavaAndEveryErrorIsAProblem(ApiOperation operation) {
        int count = Math.max(20, CASES / operations.size());
        int index = operations.indexOf(operation);
        Random journeys = new Random(mix(SEED, index, -1));
        Tally tally = new Tally();
        Set<String> statesBefore = world.statuses().keySet();
        long begin = System.nanoTime();
        for (int i = 0; i < count; i++) {
            if (i % JOURNEY_EVERY == JOURNEY_EVERY - 1) {
                journey(journeys, tally);
            }
            FuzzCases.FuzzCase c = cases.next(operation, i, mix(SEED, index, i));
            // some changes of a request are sent twice at once: one may win, neither may half-write
            boolean race = c.target().isPresent() && !c.request().method().equals("GET")
                    && Math.floorMod(c.seed(), RACE_ONE_IN) == 0;
            Future<Answer> rival = race ? racer.submit(() -> exchange(c)) : null;
            List<Answer> answers = new ArrayList<>(List.of(exchange(c)));
            if (rival != null) {
                answers.add(rival(rival));
            }
            for (Answer answer : answers) {
                answer.response().ifPresent(r -> learn(c, r, tally));
                if (!answer.violations().isEmpty()) {
                    tally.failed(i, report(c, race, answer));
                }
            }
        }
        System.out.printf("EndpointFuzzTest: %-26s %5d cases in %5.1f s%s; answers %s; targets by status %s%n",
                operation.operationId(), count, (System.nanoTime() - begin) / 1e9,
                cases.knows(operation) ? "" : " (generic seeds)", tally.statuses, tally.targets);

        if (!tally.failures.isEmpty() && !STRICT) {
            report(operation, index, count, tally);
            return;
        }
        assertThat(tally.failures).as("%d of %d cases of %s broke a rule (seed %d; replay with -Dmedcert.seed=%d "
                + "-Dmedcert.fuzz.cases=%d); the first ones:%n%s", tally.failed, count, operation, SEED, SEED, CASES,
                String.join("\n", tally.failures)).isEmpty();
        if (count >= COVERED_FROM && cases.knows(operation)) {
            assertThat(tally.reached).as("%s never got past the HTTP edge (no 2xx, 409 or 422)", operation)
                    .isPositive();
        }
        if (count >= COVERED_FROM && operation.pathParameters().contains("id")) {
            Set<String> states = new TreeSet<>(statesBefore);
            states.retainAll(world.statuses().keySet());
            assertThat(tally.targets.keySet()).as("%s aimed at requests in every state there was", operation)
                    .containsAll(states);
        }
    }

    Stream<Regression> regressions() throws IOException {
        return Regression.all().stream();
    }

    /**
     * Replays the cases of the operation up to the one that found the fault, as the run that found it drew them (its
     * seed, the operation's place in that run), with the fuzzer's steering learnt afresh: every answer must keep
     * every rule.
     */
    @Order(0)
    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void everyCaseThatEverFoundAFaultStaysFixed(Regression regression) {
        ApiOperation operation = operations.stream().filter(op -> op.operationId().equals(regression.operationId()))
                .findFirst().orElseThrow(() -> new AssertionError("no operation " + regression.operationId()
                        + " any more: retire its line from " + REGRESSIONS));
        FuzzCases replay = new FuzzCases(world, new FuzzTokens(service.tokens(), CLOCK), service,
                MAX_ATTACHMENT_BYTES);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i <= regression.caseNumber(); i++) {
            FuzzCases.FuzzCase c = replay.next(operation, i, mix(regression.runSeed(), regression.operationIndex(), i));
            Answer answer = exchange(c);
            answer.response().ifPresent(r -> replay.answered(c, r.status()));
            if (!answer.violations().isEmpty()) {
                failures.add(report(c, false, answer));
            }
        }

        assertThat(failures).as("%s broke a rule again; the first ones:%n%s", regression,
                String.join("\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size())))).isEmpty();
    }

    /** A fault found by a fresh seed: reported with its regression line, and kept in target/ for the record. */
    private static void report(ApiOperation operation, int index, int count, Tally tally) {
        String findings = String.format("FINDING of EndpointFuzzTest: %d of %d cases of %s broke a rule (seed %d); "
                + "replay with -Dmedcert.seed=%d -Dmedcert.fuzz.cases=%d; once fixed, add to %s the lines%n%s%n"
                + "the first ones:%n%s%n", tally.failed, count, operation, SEED, SEED, CASES, REGRESSIONS,
                String.join("\n", tally.regressionLines(SEED, operation, index)), String.join("\n", tally.failures));
        System.out.println(findings);
        try {
            Files.writeString(FINDINGS, findings, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("EndpointFuzzTest: could not write " + FINDINGS + ": " + e);
        }
    }

    /**
     * One case that found a fault: the seed of the run, the operation and its place among the operations of that
     * run, and the case's number in the operation's sequence.
     */
    record Regression(long runSeed, String operationId, int operationIndex, int caseNumber, String found) {
        static List<Regression> all() throws IOException {
            try (InputStream in = EndpointFuzzTest.class.getResourceAsStream(REGRESSIONS)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + REGRESSIONS);
                }
                List<Regression> all = new ArrayList<>();
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    String entry = line.strip();
                    if (entry.isEmpty() || entry.startsWith("#")) {
                        continue;
                    }
                    String[] fields = entry.split("\\s+", 5);
                    all.add(new Regression(Long.parseLong(fields[0]), fields[1], Integer.parseInt(fields[2]),
                            Integer.parseInt(fields[3]), fields.length > 4 ? fields[4] : ""));
                }
                return all;
            }
        }

        @Override
        public String toString() {
            return "seed " + runSeed + " " + operationId + " case " + caseNumber + (found.isEmpty() ? "" : ": " + found);
        }
    }

    /** A new journey of a demo person; a valid journey that fails is a finding too. */
    private void journey(Random random, Tally tally) {
        try {
            world.replenish(random);
        } catch (AssertionError | RuntimeException e) {
            tally.failed("--- a demo journey failed: " + e);
        }
    }

    /** What one operation's cases got (kept on the test's thread; the racer only sends). */
    private static final class Tally {
        final Map<Integer, Integer> statuses = new TreeMap<>();
        final Map<String, Integer> targets = new TreeMap<>();
        final List<String> failures = new ArrayList<>();
        final Set<Integer> failedCases = new TreeSet<>();
        int failed;
        int reached;

        void failed(int caseNumber, String report) {
            failedCases.add(caseNumber);
            failed(report);
        }

        void failed(String report) {
            failed++;
            if (failures.size() < FAILURES_SHOWN) {
                failures.add(report);
            }
        }

        List<String> regressionLines(long seed, ApiOperation operation, int index) {
            return failedCases.stream().map(n -> seed + " " + operation.operationId() + " " + index + " " + n
                    + "  <what it found>").toList();
        }

        void answered(FuzzCases.FuzzCase c, int status) {
            statuses.merge(status, 1, Integer::sum);
            c.target().ifPresent(t -> targets.merge(c.targetStatus(), 1, Integer::sum));
            if (status >= 200 && status < 300 || status == 409 || status == 422) {
                reached++;
            }
        }
    }

    @Order(2)
    @Test
    void afterwardsNothingStoredIsPartialAndNothingAcknowledgedIsLost() {
        StoredRecords.Report report = new StoredRecords(service.injector()).check(world.ledger);
        System.out.printf("EndpointFuzzTest: stored %s; acknowledged %d requests, %d attachments, %d submissions, %d "
                + "certificates; requests by status %s; %.1f s in all%n", report, world.ledger.requests.size(),
                world.ledger.attachments.size(), world.ledger.submitted.size(), world.ledger.issued.size(),
                world.statuses(), (System.nanoTime() - started) / 1e9);

        assertThat(report.problems()).as("seed %d", SEED).isEmpty();
        assertThat(report.requests()).as("the run stored requests").isGreaterThan(world.persons.size());
        assertThat(world.ledger.attachments).as("the fuzzer's own uploads got through").isNotEmpty();
    }

    /** An answer (none when the connection closed without one) and the rules it breaks. */
    private record Answer(Optional<RawHttp.Response> response, List<String> violations) {
    }

    private Answer exchange(FuzzCases.FuzzCase c) {
        try {
            Optional<RawHttp.Response> response = http.exchange(c.request());
            return new Answer(response, ResponseRules.violations(c.request(), c.operation().path(), response));
        } catch (IOException | RuntimeException e) {
            return new Answer(Optional.empty(), List.of("no readable answer: " + e));
        }
    }

    private static Answer rival(Future<Answer> rival) {
        try {
            return rival.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Optional.empty(), List.of("interrupted"));
        } catch (ExecutionException | TimeoutException e) {
            return new Answer(Optional.empty(), List.of("the raced twin got no answer: " + e));
        }
    }

    /** Keeps track of what the answer tells: new requests, states, uploads, submissions and certificates. */
    private void learn(FuzzCases.FuzzCase c, RawHttp.Response response, Tally tally) {
        tally.answered(c, response.status());
        cases.answered(c, response.status());
        if (response.status() < 200 || response.status() >= 300
                || !response.contentType().startsWith("application/json")) {
            return;
        }
        JsonNode answer;
        try {
            answer = Journey.JSON.readTree(response.body());
        } catch (IOException e) {
            return;
        }
        if (answer == null || !answer.isObject()) {
            return;
        }
        JsonNode view = answer.has("request") ? answer.get("request") : answer;
        Optional<FuzzWorld.Tracked> tracked = c.target().filter(t -> t.id.equals(view.path("id").asText()));
        if (response.status() == 201 && tracked.isEmpty() && view.path("applicant").has("iin")
                && world.find(view.path("id").asText()).isEmpty()) {
            tracked = Optional.of(world.add(view.path("id").asText(), view.path("applicant").path("iin").asText(),
                    view));
        }
        tracked.ifPresent(t -> {
            if (answer.path("attachment").has("sha256")) {
                world.ledger.attachments.put(answer.path("attachment").path("id").asText(),
                        new String[] {t.id, answer.path("attachment").path("sha256").asText()});
            }
            if (answer.has("certificateNumber")) {
                world.observeIssued(t, answer);
            }
            world.observe(t, view);
            String status = view.path("status").asText();
            if (c.request().method().equals("POST") && (status.equals("ACCEPTED") || status.equals("ISSUED"))) {
                world.ledger.submitted.add(t.id);
            }
        });
    }

    private static String report(FuzzCases.FuzzCase c, boolean race, Answer answer) {
        return "--- case " + c.number() + " of " + c.operation().operationId() + " (case seed " + c.seed() + "; "
                + c.label() + (race ? " sent twice at once" : "") + "; target "
                + c.target().map(t -> t.id + " " + c.targetStatus()).orElse("none") + "): "
                + String.join("; ", answer.violations()) + "\n>>> request:\n" + c.request().describe(1500)
                + "\n<<< response:\n" + answer.response().map(r -> r.describe(1500)).orElse("(none)");
    }

    /** SplitMix64 over the run's seed and the case's place, so that neighbouring cases are unrelated. */
    private static long mix(long seed, int operation, int number) {
        long z = seed + 0x9E3779B97F4A7C15L * (((long) operation << 32) + number + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
