import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares requests for the submission benchmark of scripts/bench-http.sh, over the service's own HTTP API, exactly
 * as an applicant's portal would: start, ask for consent, confirm it with the demo code (the registries are fetched
 * then), upload what is still missing, and read the content digest to sign. Each request is left in
 * AWAITING_DOCUMENTS, ready to be submitted once.
 *
 * <pre>
 * java PrepareSubmissions.java BASE_URL COUNT PARALLEL OUT_FILE TOKENS_FILE
 * </pre>
 *
 * TOKENS_FILE has "IIN TOKEN" lines for the two demo applicants below; OUT_FILE receives "ID IIN DIGEST" lines,
 * alternating between them. JDK only (run by the source launcher), so the script needs nothing else.
 */
public final class PrepareSubmissions {
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern DIGEST = Pattern.compile("\"contentDigest\":\"([0-9a-f]{64})\"");
    private static final byte[] PDF = "%PDF-1.4\n% PD certificates\n".getBytes(StandardCharsets.US_ASCII);

    /** An applicant of the demo registries, what they fill in, and what they must upload after the fetch. */
    private record Applicant(String iin, String start, List<String> uploads) {
    }

    // P01 (README walk-through): confirmation, uploads her PD certificates. P02: first certificate, everything in
    // the registries, nothing to upload.
    private static final List<Applicant> APPLICANTS = List.of(
            new Applicant("850412413718", """
                    {"applicant": {"iin": "850412413718", "surname": "Абенова", "givenName": "Айгерим",
                                   "patronymic": "Болатқызы", "region": "ALMATY_CITY"},
                     "form": {"category": "DOMESTIC", "declaredSpecialty": "PEDIATRICS",
                              "professionalDevelopment": [
                                  {"specialty": "PEDIATRICS", "credits": 2, "completedOn": "2023-03-15"},
                                  {"specialty": "PEDIATRICS", "hours": 90, "completedOn": "2025-02-10"}]}}""",
                    List.of("PROFESSIONAL_DEVELOPMENT")),
            new Applicant("990203317687", """
                    {"applicant": {"iin": "990203317687", "surname": "Сейтқали", "givenName": "Нұрлан",
                                   "patronymic": "Ерланұлы", "region": "ASTANA"},
                     "form": {"category": "DOMESTIC", "declaredSpecialty": "THERAPY"}}""",
                    List.of()));

    private final String base;
    private final Map<String, String> tokens;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private PrepareSubmissions(String base, Map<String, String> tokens) {
        this.base = base;
        this.tokens = tokens;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java PrepareSubmissions.java BASE_URL COUNT PARALLEL OUT_FILE TOKENS_FILE");
            System.exit(2);
        }
        int count = Integer.parseInt(args[1]);
        int parallel = Integer.parseInt(args[2]);
        Map<String, String> tokens = new java.util.HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[4]))) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length == 2) {
                tokens.put(parts[0], parts[1]);
            }
        }
        PrepareSubmissions prepare = new PrepareSubmissions(args[0], tokens);
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[3])))) {
            List<Future<String>> lines = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Applicant applicant = APPLICANTS.get(i % APPLICANTS.size());
                lines.add(pool.submit(() -> {
                    String line = prepare.readyAgainOnLostConnection(applicant);
                    int n = done.incrementAndGet();
                    if (n % 2000 == 0) {
                        System.err.printf("  prepared %,d of %,d%n", n, count);
                    }
                    return line;
                }));
            }
            for (Future<String> line : lines) {
                out.println(line.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf("  prepared %,d requests in %.1f s (%.0f/s, 4-5 HTTP calls each)%n", count, seconds,
                count / seconds);
    }

    /**
     * {@link #ready}, with a fresh request when a connection was lost before its answer (on a loaded machine the
     * server may close a kept-alive connection just as the client sends on it); the abandoned one is never submitted.
     */
    private String readyAgainOnLostConnection(Applicant applicant) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ready(applicant);
            } catch (UncheckedIOException e) {
                if (attempt == 3) {
                    throw e;
                }
                System.err.println("  connection lost (" + e.getCause() + "); preparing another request instead");
            }
        }
    }

    /** Walks one request to AWAITING_DOCUMENTS with nothing missing; returns "ID IIN DIGEST". */
    private String ready(Applicant applicant) {
        String id = find(ID, expect(201, post("/api/v1/requests", applicant, json(applicant.start()))));
        String path = "/api/v1/requests/" + id;
        expect(202, post(path + "/consent", applicant, HttpRequest.BodyPublishers.noBody()));
        String confirmed = expect(200, post(path + "/consent/confirmation", applicant,
                json("{\"code\": \"123456\"}")));
        if (!confirmed.contains("\"status\":\"AWAITING_DOCUMENTS\"")) {
            throw new IllegalStateException("request " + id + " is not awaiting documents after consent: "
                    + confirmed);
        }
        for (String document : applicant.uploads()) {
            String boundary = "bench-" + id;
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"\r\n\r\n" + document
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"pd.pdf\""
                    + "\r\nContent-Type: application/pdf\r\n\r\n";
            byte[] body = concat(head.getBytes(StandardCharsets.UTF_8), PDF,
                    ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            expect(201, send(HttpRequest.newBuilder(uri(path + "/attachments"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)), applicant));
        }
        String view = expect(200, send(HttpRequest.newBuilder(uri(path)).GET(), applicant));
        if (!view.contains("\"missingUploads\":[]")) {
            throw new IllegalStateException("request " + id + " still misses uploads: " + view);
        }
        return id + " " + applicant.iin() + " " + find(DIGEST, view);
    }

    private HttpResponse<String> post(String path, Applicant applicant, HttpRequest.BodyPublisher body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").POST(body),
                applicant);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, Applicant applicant) {
        String token = tokens.get(applicant.iin());
        if (token == null) {
            throw new IllegalStateException("no token for " + applicant.iin());
        }
        try {
            return client.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    private static String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + ": expected "
                    + status + ", got " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not found in " + body);
        }
        return m.group(1);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
