package kz.medcert.bootstrap;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code medcert-service.jar train-class-data <directory>}: the start the build makes once, under
 * {@code -XX:ArchiveClassesAtExit}, so that README's start command ({@code -XX:SharedArchiveFile}) finds the classes
 * of a start already parsed and verified (application class-data sharing; JDK 17 has no automatic archive). It starts
 * the demo service on a fresh embedded database in {@code directory} and a free port, makes a first visitor's
 * requests (ping, readiness, the sign-in page, the API page), and stops it. Nothing outside {@code directory} is
 * touched; a JVM that finds no archive, or one of another JDK or jar, starts without it.
 */
final class ClassDataTraining {
    static final String NAME = "train-class-data";
    static final int USAGE = 2;
    private static final List<String> VISIT = List.of("/ping", "/health/ready", "/sign-in", "/docs");
    private static final Duration READY_WITHIN = Duration.ofMinutes(2);

    private ClassDataTraining() {
    }

    static String usage() {
        return "usage: java -XX:ArchiveClassesAtExit=<archive> -jar medcert-service.jar " + NAME + " <directory>";
    }

    static int run(List<String> args, Map<String, String> environment, PrintStream out, PrintStream err) {
        if (args.size() != 1) {
            err.println(usage());
            return USAGE;
        }
        Path directory = Path.of(args.get(0)).toAbsolutePath();
        Map<String, String> env = new HashMap<>(environment);
        env.keySet().removeIf(name -> name.startsWith("MEDCERT_"));
        env.put("MEDCERT_DATA_DIR", directory.toString());
        env.put("MEDCERT_PORT", "0");
        try {
            deleteRecursively(directory);
            AppConfig config = AppConfig.fromEnvironment(env);
            try (MedCertService service = MedCertService.start(config, WebConfig.fromEnvironment(env, config),
                    Clock.systemUTC())) {
                visit(service.port(), out);
            }
            deleteRecursively(directory);
            return 0;
        } catch (IOException e) {
            err.println("class-data training failed: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static void visit(int port, PrintStream out) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        for (String path : VISIT) {
            int status;
            do {
                status = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 503) {
                    Thread.sleep(50); // readiness: the workers are not running yet
                }
            } while (status == 503 && System.nanoTime() < deadline);
            out.println("class-data training: GET " + path + " " + status);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
