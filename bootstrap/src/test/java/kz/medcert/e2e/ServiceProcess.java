package kz.medcert.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.medcert.adapters.http.auth.DevTokens;
import kz.medcert.adapters.persistence.HmacAuditKey;
import kz.medcert.bootstrap.AppConfig;
import kz.medcert.bootstrap.Main;
import kz.medcert.bootstrap.ServiceKeys;
import kz.medcert.domain.audit.AuditKey;

/**
 * The real service as a user starts it, in a child JVM ({@code java -cp ... kz.medcert.bootstrap.Main}) on a free
 * port and a given data directory; its output goes to a log file beside the data, so that a full pipe never stalls it.
 */
final class ServiceProcess {
    private static final Duration START_LIMIT = Duration.ofSeconds(90);

    private final Process process;
    private final Map<String, String> env;
    private final int port;
    private final Path log;

    private ServiceProcess(Process process, Map<String, String> env, int port, Path log) {
        this.process = process;
        this.env = env;
        this.port = port;
        this.log = log;
    }

    /** Starts the service on {@code dataDir} and waits until {@code /health} answers 200. */
    static ServiceProcess start(Path dataDir, String logName) throws IOException, InterruptedException {
        return start(dataDir, logName, Map.of());
    }

    /** As {@link #start(Path, String)}, with these settings too (e.g. a mail server). */
    static ServiceProcess start(Path dataDir, String logName, Map<String, String> settings)
            throws IOException, InterruptedException {
        int port = freePort();
        Map<String, String> env = new HashMap<>(settings);
        env.put("MEDCERT_DATA_DIR", dataDir.toString());
        env.put("MEDCERT_PORT", Integer.toString(port));
        env.putAll(RunningService.MANY_JOURNEYS);
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + logName + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", classPath(), Main.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        ServiceProcess service = new ServiceProcess(builder.start(), env, port, log);
        service.awaitHealthy();
        return service;
    }

    /**
     * Runs the service with {@code env} (and a free port, and no MEDCERT_ variable of the test's own environment)
     * until it exits by itself, as it does on a configuration it refuses (a broken calendar file, a production start
     * without keys); a child still running after the start limit is killed and fails the test.
     */
    static Exit runUntilExit(Path dataDir, Map<String, String> env) throws IOException, InterruptedException {
        Map<String, String> all = new HashMap<>(env);
        all.put("MEDCERT_DATA_DIR", dataDir.toString());
        all.put("MEDCERT_PORT", Integer.toString(freePort()));
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-exit.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", classPath(), Main.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("MEDCERT_"));
        builder.environment().putAll(all);
        Process process = builder.start();
        if (!process.waitFor(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the service did not exit within " + START_LIMIT + ":\n"
                    + Files.readString(log));
        }
        return new Exit(process.exitValue(), Files.readString(log));
    }

    /** How a run that was meant to fail ended: the exit status and everything the child wrote. */
    record Exit(int status, String output) {
    }

    /** Development tokens the child accepts: minted with the same configuration (the demo secret). */
    DevTokens tokens() {
        return AppConfig.fromEnvironment(env).tokens().devTokens(Clock.systemUTC());
    }

    /** The key the child seals its audit chain with (the demo's, in its data directory), to verify the chain. */
    AuditKey auditKey() {
        return HmacAuditKey.of(ServiceKeys.load(AppConfig.fromEnvironment(env)).auditChain());
    }

    /** The JDBC URL the child uses, to open its database once it has stopped. */
    String jdbcUrl() {
        return AppConfig.fromEnvironment(env).jdbcUrl();
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /**
     * SIGKILL: no shutdown hook, no checkpoint, nothing flushed on the way out. Returns the exit status, which is
     * 128 + 9 = 137 when the JVM died of SIGKILL (a SIGTERM would give 143, after the shutdown hook).
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return awaitExit();
    }

    /** SIGTERM: the graceful stop of Ctrl+C (shutdown hook, database closed). */
    int stop() throws InterruptedException {
        process.destroy();
        return awaitExit();
    }

    String logTail() {
        try {
            String text = Files.readString(log);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    private int awaitExit() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the service did not stop within 60 s");
        }
        return process.exitValue();
    }

    private void awaitHealthy() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> health = client.send(HttpRequest.newBuilder(uri("/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the service was not healthy within " + START_LIMIT + ":\n" + logTail());
    }

    // Surefire may start the tests from a manifest-only jar; its explicit test class path is the safer one to pass on.
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** A port free now, for a server of the test's own (e.g. a mail server) as for the child. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
