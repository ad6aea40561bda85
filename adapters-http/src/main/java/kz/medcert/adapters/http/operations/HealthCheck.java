package kz.medcert.adapters.http.operations;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.dto.HealthResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The health endpoints. {@code GET /health/live}: the process answers, always 200 UP (an orchestrator restarts a
 * process that stops answering it). {@code GET /health/ready}: 200 UP when every readiness check passes, else 503 DOWN
 * naming each check (an orchestrator sends no traffic until it passes). {@code GET /health}, kept as it was: the
 * readiness checks, with the details reported beside them (e.g. the working calendar's reach), which never make it
 * DOWN. The checks run at once, each within the time limit: one that has not answered by then (a database that does
 * not accept connections) counts as DOWN, so the answer never waits for a connection pool's own, longer timeout.
 */
public final class HealthCheck {
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(HealthCheck.class);
    private static final HealthResponse LIVE = new HealthResponse(HealthResponse.UP, Map.of(), Map.of());

    private final List<ReadinessCheck> checks;
    private final List<HealthDetail> details;
    private final Duration timeLimit;
    private final ExecutorService runners = runners();

    public HealthCheck(List<ReadinessCheck> checks, List<HealthDetail> details, Duration timeLimit) {
        this.checks = List.copyOf(checks);
        this.details = List.copyOf(details);
        this.timeLimit = timeLimit;
    }

    public void handle(Context ctx) {
        Map<String, String> states = states();
        boolean up = !states.containsValue(HealthResponse.DOWN);
        JsonAnswer.plain(ctx.status(up ? 200 : 503), new HealthResponse(up ? HealthResponse.UP : HealthResponse.DOWN,
                states, details()));
    }

    public void ready(Context ctx) {
        Map<String, String> states = states();
        boolean up = !states.containsValue(HealthResponse.DOWN);
        JsonAnswer.plain(ctx.status(up ? 200 : 503), new HealthResponse(up ? HealthResponse.UP : HealthResponse.DOWN,
                states, Map.of()));
    }

    public static void live(Context ctx) {
        JsonAnswer.plain(ctx, LIVE);
    }

    private Map<String, String> states() {
        Map<String, CompletableFuture<Boolean>> running = new LinkedHashMap<>();
        for (ReadinessCheck check : checks) {
            try {
                running.put(check.name(), CompletableFuture.supplyAsync(check::isReady, runners));
            } catch (RejectedExecutionException e) {
                // as many checks are stuck as may wait: this one would be stuck as well
                running.put(check.name(), CompletableFuture.completedFuture(false));
            }
        }
        long deadline = System.nanoTime() + timeLimit.toNanos();
        Map<String, String> states = new LinkedHashMap<>();
        running.forEach((name, result) -> states.put(name, ready(name, result, deadline)
                ? HealthResponse.UP : HealthResponse.DOWN));
        return states;
    }

    private static boolean ready(String name, CompletableFuture<Boolean> result, long deadline) {
        try {
            return result.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            LOG.warn("Readiness check {} did not answer in time", name);
            return false;
        } catch (ExecutionException e) {
            LOG.warn("Readiness check {} failed", name, e.getCause());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Map<String, Object> details() {
        Map<String, Object> reported = new LinkedHashMap<>();
        for (HealthDetail detail : details) {
            try {
                reported.put(detail.name(), detail.detail());
            } catch (RuntimeException e) {
                LOG.warn("Health detail {} failed", detail.name(), e);
            }
        }
        return reported;
    }

    // Daemon threads that end when idle: a check stuck past its time limit holds one of them, never a request thread;
    // the queue is bounded, so that probes sent fast at a database that hangs cannot pile up without end.
    private static ExecutorService runners() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(64),
                task -> {
                    Thread thread = new Thread(task, "readiness-check-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
