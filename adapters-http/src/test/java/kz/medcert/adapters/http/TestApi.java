package kz.medcert.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import kz.medcert.adapters.http.auth.DevTokens;
import kz.medcert.adapters.http.auth.TokenSettings;
import kz.medcert.adapters.http.auth.TokenVerifier;
import kz.medcert.adapters.http.evaluation.EvaluationController;
import kz.medcert.adapters.http.verification.CertificateVerificationController;
import kz.medcert.application.service.evaluation.EvaluateDossierService;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.evaluation.CertificationRules;

/**
 * The real API on a free port, with the real evaluation service on a fixed clock and the real journey services over
 * the application's fakes ({@link JourneyServices}), and a plain JDK HTTP client. HS256 tokens with {@link #SECRET}
 * are accepted, on the journey's clock; every request carries a fresh one for {@link #GRADUATE} unless the client
 * acts as someone else ({@link #as}) or sends another {@code Authorization} ({@link #withAuthorization}).
 */
final class TestApi implements AutoCloseable {
    /** 2024-12-01T19:30Z is already 2 December 2024 in Almaty (UTC+5). */
    static final Instant NOW = Instant.parse("2024-12-01T19:30:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] SECRET = "test-secret-for-hs256-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);
    static final TokenSettings TOKENS = new TokenSettings("https://idp.test/medcert", "medcert-api");
    /** The applicant of {@link Journeys}' requests. */
    static final Actor.Applicant GRADUATE = new Actor.Applicant(RequestFixtures.GRADUATE_IIN);

    private final HttpApi api;
    private final JourneyServices journey;
    private final HttpClient client;
    /** The Authorization header to send, if any. */
    private final Supplier<Optional<String>> authorization;

    private TestApi(HttpApi api, JourneyServices journey, HttpClient client,
                    Supplier<Optional<String>> authorization) {
        this.api = api;
        this.journey = journey;
        this.client = client;
        this.authorization = authorization;
    }

    /** The same server, with requests made as {@code actor} (a fresh development token each time). */
    TestApi as(Actor actor) {
        return withAuthorization(() -> Optional.of("Bearer " + tokens().mint(actor)));
    }

    /** The same server, with requests sent with this Authorization header, or none. */
    TestApi withAuthorization(Supplier<Optional<String>> header) {
        return new TestApi(api, journey, client, header);
    }

    /** The same server, with requests sent without any Authorization header. */
    TestApi anonymous() {
        return withAuthorization(Optional::empty);
    }

    /** Development tokens the server accepts, issued on the journey's clock. */
    DevTokens tokens() {
        return new DevTokens(SECRET, TOKENS, journey.clock);
    }

    static TestApi start() {
        return start(b -> b);
    }

    /** The standard API (every controller, default settings), adjusted by {@code customizer}. */
    static TestApi start(UnaryOperator<HttpApi.Builder> customizer) {
        EvaluateDossierService service = new EvaluateDossierService(CertificationRules.standard(),
                Clock.fixed(NOW, ZoneOffset.UTC));
        JourneyServices journey = new JourneyServices(NOW);
        CertificateVerificationController verification = VerificationApi.standalone();
        HttpApi api = customizer.apply(HttpApi.builder().controller(new EvaluationController(service))
                .controllers(journey.controllers()).controller(verification)
                .authentication(TokenVerifier.sharedSecret(SECRET, TOKENS, journey.clock))).build();
        verification.registerPages(api);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        TestApi root = new TestApi(api.start("127.0.0.1", 0), journey, client, Optional::empty);
        return root.as(GRADUATE);
    }

    HttpApi api() {
        return api;
    }

    /**
     * Sends {@code request} as it is written (head and all, ISO-8859-1) over a plain socket, past the JDK client's
     * own checks, and returns everything the server answers before it closes the connection.
     */
    String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", api.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(response);
            return response.toString(StandardCharsets.UTF_8);
        }
    }

    /** The journey services and their fakes behind the request routes. */
    JourneyServices journey() {
        return journey;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    HttpResponse<String> postJson(String path, JsonNode body) {
        return postJson(path, body.toString());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    HttpResponse<String> putJson(String path, JsonNode body) {
        return putJson(path, body.toString());
    }

    HttpResponse<String> putJson(String path, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> post(String path) {
        return send("POST", path);
    }

    HttpResponse<String> postMultipart(String path, Multipart body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    HttpResponse<String> send(String method, String path) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        authorization.get().ifPresent(header -> request.setHeader("Authorization", header));
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** As {@link #send(HttpRequest.Builder)}, keeping the body as bytes (a PDF). */
    HttpResponse<byte[]> sendBytes(HttpRequest.Builder request) {
        authorization.get().ifPresent(header -> request.setHeader("Authorization", header));
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + api.port() + path);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** The example request of the evaluation contract; a fresh copy each time, to vary. */
    static ObjectNode example() {
        try (InputStream in = TestApi.class.getResourceAsStream("evaluation-example.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        api.stop();
    }
}
