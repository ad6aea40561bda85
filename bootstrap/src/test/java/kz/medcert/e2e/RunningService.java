package kz.medcert.e2e;

import com.google.inject.Injector;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import kz.medcert.adapters.http.auth.DevTokens;
import kz.medcert.bootstrap.AppConfig;
import kz.medcert.bootstrap.MedCertService;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.person.Iin;

/**
 * The real service, wired by Guice, on a random port and a fresh embedded database: what a user runs. Requests go
 * without a token unless made {@link #as} someone, with a development token minted from the service's own
 * configuration (the demo secret unless the environment sets another) on the service's clock.
 */
final class RunningService implements AutoCloseable {
    private final MedCertService service;
    private final HttpClient client;
    private final AppConfig config;
    private final Clock clock;
    private final Optional<String> authorization;
    final Path dataDir;

    private RunningService(MedCertService service, HttpClient client, AppConfig config, Clock clock,
                           Optional<String> authorization, Path dataDir) {
        this.service = service;
        this.client = client;
        this.config = config;
        this.clock = clock;
        this.authorization = authorization;
        this.dataDir = dataDir;
    }

    /** Friday 20 November 2026, 10:00 in Almaty: the demo persons' application day, a working day. */
    static final Instant DEMO_DAY = Instant.parse("2026-11-20T05:00:00Z");

    /**
     * Lifts the consent limit per person: the tests walk the few demo persons through many requests on a stopped
     * clock, where five codes an hour would be five codes for ever ({@code ConsentLimitsEndToEndTest} keeps it).
     */
    static final Map<String, String> MANY_JOURNEYS = Map.of("MEDCERT_CONSENT_CODES_PER_PERSON_HOUR", "100000");

    /** The service with the default settings but {@link #MANY_JOURNEYS}, its clock stopped at {@link #DEMO_DAY}. */
    static RunningService onDemoDay() {
        return start(Clock.fixed(DEMO_DAY, ZoneOffset.UTC), MANY_JOURNEYS);
    }

    static RunningService start(Clock clock, Map<String, String> env) {
        try {
            Path dataDir = Files.createTempDirectory("medcert-e2e");
            Map<String, String> all = new java.util.HashMap<>(env);
            all.putIfAbsent("MEDCERT_DATA_DIR", dataDir.toString());
            all.putIfAbsent("MEDCERT_PORT", "0");
            all.putIfAbsent("MEDCERT_RETRY_INTERVAL", "PT0.2S");
            AppConfig config = AppConfig.fromEnvironment(all);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            return new RunningService(MedCertService.start(config, clock), client, config, clock, Optional.empty(),
                    dataDir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same service, with requests made as {@code actor}. */
    RunningService as(Actor actor) {
        return withAuthorization("Bearer " + tokens().mint(actor));
    }

    /** The same service, with requests made as the applicant of this IIN. */
    RunningService asApplicant(String iin) {
        return as(new Actor.Applicant(Iin.parse(iin)));
    }

    /** The same service, with requests sent with this Authorization header. */
    RunningService withAuthorization(String header) {
        return new RunningService(service, client, config, clock, Optional.of(header), dataDir);
    }

    /** An object of the running service's wiring, e.g. to switch a stub registry's behaviour or read the audit log. */
    <T> T instance(Class<T> type) {
        return service.injector().getInstance(type);
    }

    /** Development tokens that this service accepts. */
    DevTokens tokens() {
        return config.tokens().devTokens(clock);
    }

    /** The service's object graph, to read what it stored through its own ports. */
    Injector injector() {
        return service.injector();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + service.port() + path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> putJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> send(HttpRequest request) {
        HttpRequest authorized = authorization.map(header -> HttpRequest.newBuilder(request, (name, value) -> true)
                .setHeader("Authorization", header).build()).orElse(request);
        try {
            return client.send(authorized, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        service.close();
    }
}
