package kz.medcert.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.medcert.adapters.http.auth.DevTokens;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.adapters.persistence.JdbiAuditTrail;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Submissions under load, kill -9 of the server, restart: every submission that was acknowledged is there, intact,
 * and the counts are reported. The service runs as a user runs it, in a child JVM on an embedded HSQLDB in files.
 *
 * <p>Prepared requests (consent given, registries fetched, nothing to upload) are submitted with the demo EDS by
 * several clients at once; once enough are acknowledged the child is killed with SIGKILL while the clients are still
 * submitting. After a restart on the same data directory: every acknowledged submission is ACCEPTED with the same
 * registration, due date and signed content digest; a submission whose answer was lost in the crash is either
 * accepted (with its digest) or still awaiting submission, never half-written; the audit chain verifies and records
 * each acceptance exactly once.
 *
 * <p>Size: {@code -Dmedcert.crash.submissions=100} (CI), {@code -Dmedcert.crash.clients=8},
 * {@code -Dmedcert.crash.killAfter=<acknowledged submissions before the kill, default half>}.
 */
class CrashUnderLoadTest {
    private static final int SUBMISSIONS = Integer.getInteger("medcert.crash.submissions", 100);
    private static final int CLIENTS = Integer.getInteger("medcert.crash.clients", 8);
    private static final int KILL_AFTER = Integer.getInteger("medcert.crash.killAfter", SUBMISSIONS / 2);
    private static final int SIGKILL_EXIT = 128 + 9;

    /** Demo persons whose applications need no upload: everything comes from the registries. */
    private static final List<String> START_BODIES = List.of("""
            {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан",
                           "patronymic": "Ерланұлы", "region": "ASTANA"},
             "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}
            """, """
            {"applicant": {"iin": "930708429592", "surname": "Исмаилова", "givenName": "Дана",
                           "patronymic": "Маратқызы", "region": "SHYMKENT"},
             "form": {"category": "DOMESTIC", "declaredSpecialty": "CARDIOLOGY"}}
            """);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path temp;

    /** A request ready to submit: whose it is and the content digest its EDS signs. */
    private record Prepared(String id, String iin, String digest) {
        String signature() {
            return "DEMO-EDS:" + iin + ":" + digest;
        }
    }

    /** What a client knows of one submission after the crash. */
    private enum Fate {
        /** Answered 200: the service promised it is stored. */
        ACKNOWLEDGED,
        /** Sent, but the connection died before an answer: committed or not, the client cannot know. */
        IN_FLIGHT,
        /** Never reached the service (the clients stop, or the connection is refused, once it is dead). */
        NOT_SENT,
        /** Answered with an error before the crash: must not happen. */
        REFUSED
    }

    private record Outcome(Prepared request, Fate fate, JsonNode submission, String error) {
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void everyAcknowledgedSubmission_isThereIntactAfterKill9UnderLoad_R22() throws Exception {
        Path data = temp.resolve("data");
        ServiceProcess first = ServiceProcess.start(data, "first");
        List<Prepared> prepared = prepare(first);

        Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
        AtomicBoolean killed = new AtomicBoolean();
        CountDownLatch enough = new CountDownLatch(KILL_AFTER);
        ConcurrentLinkedQueue<Prepared> queue = new ConcurrentLinkedQueue<>(prepared);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long loadStarted = System.nanoTime();
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                for (Prepared next = queue.poll(); next != null; next = queue.poll()) {
                    Outcome outcome = killed.get() ? new Outcome(next, Fate.NOT_SENT, null, "after the kill")
                            : submit(first, next);
                    outcomes.put(next.id(), outcome);
                    if (outcome.fate() == Fate.ACKNOWLEDGED) {
                        enough.countDown();
                    }
                }
            });
        }
        boolean reached = enough.await(5, TimeUnit.MINUTES);
        int exit = first.kill();
        killed.set(true);
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        clients.shutdown();
        assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        Map<Fate, List<Outcome>> byFate = byFate(outcomes);

        long restartAsked = System.nanoTime();
        ServiceProcess restarted = ServiceProcess.start(data, "restarted");
        double restartSeconds = (System.nanoTime() - restartAsked) / 1e9;
        Map<String, JsonNode> after = readAll(restarted, prepared);
        assertThat(restarted.stop()).as("graceful stop").isNotEqualTo(SIGKILL_EXIT);
        Map<String, Long> acceptances = new ConcurrentHashMap<>();
        ChainCheck chain;
        try (Database database = Database.open(restarted.jdbcUrl(), "SA", "").withAuditKey(restarted.auditKey())) {
            JdbiAuditTrail audit = new JdbiAuditTrail(database.jdbi());
            chain = audit.verifyAll();
            for (Prepared request : prepared) {
                acceptances.put(request.id(), audit.trailOf(RequestId.parse(request.id())).stream()
                        .map(AuditEntry::event).filter("ACCEPTED"::equals).count());
            }
        }

        List<Outcome> acknowledged = byFate.get(Fate.ACKNOWLEDGED);
        List<Outcome> inFlight = byFate.get(Fate.IN_FLIGHT);
        long found = acknowledged.stream().filter(o -> intact(o, after.get(o.request().id()))).count();
        long inFlightCommitted = inFlight.stream()
                .filter(o -> status(after.get(o.request().id())).equals("ACCEPTED")).count();
        System.out.printf("crash test: %d submissions by %d clients in %.1f s before kill -9 (exit %d): "
                        + "%d acknowledged, %d in flight (%d of them committed), %d not sent, %d refused; "
                        + "after restart (%.1f s): %d of %d acknowledged found intact; audit chain %s%n",
                prepared.size(), CLIENTS, loadSeconds, exit, acknowledged.size(), inFlight.size(), inFlightCommitted,
                byFate.get(Fate.NOT_SENT).size(), byFate.get(Fate.REFUSED).size(), restartSeconds, found,
                acknowledged.size(), chain.fold(intact -> "intact (" + intact.entries() + " entries)",
                        broken -> "BROKEN: " + broken.explanation()));

        assertThat(reached).as("%d submissions acknowledged before the kill", KILL_AFTER).isTrue();
        assertThat(exit).as("killed by SIGKILL, not stopped").isEqualTo(SIGKILL_EXIT);
        assertThat(acknowledged.size()).as("killed while submissions were still coming").isLessThan(prepared.size());
        assertThat(byFate.get(Fate.REFUSED)).as("no submission refused under load").isEmpty();
        assertThat(outcomes).hasSize(prepared.size());
        assertThat(found).as("every acknowledged submission is there, intact").isEqualTo(acknowledged.size());
        for (Prepared request : prepared) {
            JsonNode view = after.get(request.id());
            String status = status(view);
            assertThat(status).as("request %s is neither lost nor half-written", request.id())
                    .isIn("ACCEPTED", "AWAITING_DOCUMENTS");
            assertThat(acceptances.get(request.id())).as("audit of %s", request.id())
                    .isEqualTo(status.equals("ACCEPTED") ? 1L : 0L);
            if (status.equals("ACCEPTED")) {
                assertThat(view.at("/submission/contentDigest").asText()).isEqualTo(request.digest());
            } else {
                assertThat(outcomes.get(request.id()).fate()).isNotEqualTo(Fate.ACKNOWLEDGED);
            }
        }
        assertThat(chain.isIntact()).as(chain.toString()).isTrue();
    }

    /** Starts the requests and gives consent, several clients at once; the registries fill in everything. */
    private List<Prepared> prepare(ServiceProcess service) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Callable<Prepared>> tasks = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            String body = START_BODIES.get(i % START_BODIES.size());
            tasks.add(() -> prepareOne(service, body));
        }
        List<Prepared> prepared = new ArrayList<>();
        try {
            for (Future<Prepared> future : clients.invokeAll(tasks)) {
                prepared.add(future.get());
            }
        } finally {
            clients.shutdown();
        }
        Collections.shuffle(prepared, new java.util.Random(SUBMISSIONS));
        return prepared;
    }

    private Prepared prepareOne(ServiceProcess service, String startBody) throws IOException, InterruptedException {
        String iin = Journey.JSON.readTree(startBody).at("/applicant/iin").asText();
        String token = token(service.tokens(), iin);
        JsonNode started = expect(201, send(service, token, "POST", "/api/v1/requests", startBody));
        String path = "/api/v1/requests/" + started.get("id").asText();
        expect(202, send(service, token, "POST", path + "/consent", ""));
        JsonNode consented = expect(200, send(service, token, "POST", path + "/consent/confirmation",
                "{\"code\": \"123456\"}"));
        assertThat(consented.path("status").asText()).isEqualTo("AWAITING_DOCUMENTS");
        assertThat(consented.get("missingUploads")).isEmpty();
        return new Prepared(started.get("id").asText(), iin, consented.get("contentDigest").asText());
    }

    private Outcome submit(ServiceProcess service, Prepared request) {
        try {
            HttpResponse<String> response = send(service, token(service.tokens(), request.iin()), "POST",
                    "/api/v1/requests/" + request.id() + "/submission",
                    "{\"signature\": \"" + request.signature() + "\"}");
            if (response.statusCode() == 200) {
                return new Outcome(request, Fate.ACKNOWLEDGED, Journey.json(response).get("submission"), null);
            }
            return new Outcome(request, Fate.REFUSED, null, response.statusCode() + " " + response.body());
        } catch (ConnectException | HttpConnectTimeoutException refused) {
            return new Outcome(request, Fate.NOT_SENT, null, refused.toString());
        } catch (IOException lost) {
            return new Outcome(request, Fate.IN_FLIGHT, null, lost.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(request, Fate.IN_FLIGHT, null, e.toString());
        }
    }

    /** Every prepared request as its applicant reads it after the restart. */
    private Map<String, JsonNode> readAll(ServiceProcess service, List<Prepared> prepared)
            throws IOException, InterruptedException {
        Map<String, JsonNode> views = new ConcurrentHashMap<>();
        for (Prepared request : prepared) {
            views.put(request.id(), expect(200, send(service, token(service.tokens(), request.iin()), "GET",
                    "/api/v1/requests/" + request.id(), null)));
        }
        return views;
    }

    /** ACCEPTED with exactly what the acknowledgement said: registration, due date, signed digest. */
    private static boolean intact(Outcome acknowledged, JsonNode after) {
        return status(after).equals("ACCEPTED") && after.get("submission").equals(acknowledged.submission())
                && after.at("/submission/contentDigest").asText().equals(acknowledged.request().digest());
    }

    private static String status(JsonNode view) {
        return view.path("status").asText();
    }

    private static Map<Fate, List<Outcome>> byFate(Map<String, Outcome> outcomes) {
        Map<Fate, List<Outcome>> byFate = new EnumMap<>(Fate.class);
        for (Fate fate : Fate.values()) {
            byFate.put(fate, new ArrayList<>());
        }
        outcomes.values().forEach(o -> byFate.get(o.fate()).add(o));
        return byFate;
    }

    private static String token(DevTokens tokens, String iin) {
        return tokens.mint(new Actor.Applicant(Iin.parse(iin)));
    }

    private HttpResponse<String> send(ServiceProcess service, String token, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(service.uri(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return Journey.json(response);
    }
}
