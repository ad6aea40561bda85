package kz.medcert.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import kz.medcert.bootstrap.AppConfig;
import kz.medcert.bootstrap.MedCertService;

/** The real service, wired by Guice, on a random port and a fresh embedded database: what a user runs. */
final class RunningService implements AutoCloseable {
    private final MedCertService service;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final Path dataDir;

    private RunningService(MedCertService service, Path dataDir) {
        this.service = service;
        this.dataDir = dataDir;
    }

    static RunningService start(Clock clock, Map<String, String> env) {
        try {
            Path dataDir = Files.createTempDirectory("medcert-e2e");
            Map<String, String> all = new java.util.HashMap<>(env);
            all.putIfAbsent("MEDCERT_DATA_DIR", dataDir.toString());
            all.putIfAbsent("MEDCERT_PORT", "0");
            all.putIfAbsent("MEDCERT_RETRY_INTERVAL", "PT0.2S");
            return new RunningService(MedCertService.start(AppConfig.fromEnvironment(all), clock), dataDir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
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
