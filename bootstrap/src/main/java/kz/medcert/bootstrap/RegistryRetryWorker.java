package kz.medcert.bootstrap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.port.in.requests.FetchRegistriesUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background worker that retries the state registries of waiting requests (R21, R70), a round every interval; and
 * whether it runs, for {@code /health/ready}: a service whose worker stopped would leave requests waiting for ever.
 */
@Singleton
final class RegistryRetryWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryRetryWorker.class);
    private static final Duration SHORTEST_INTERVAL = Duration.ofMillis(100);

    private final FetchRegistriesUseCase fetcher;
    private final ScheduledExecutorService thread = WorkerThread.named("registry-retries");
    private volatile ScheduledFuture<?> rounds;

    @Inject
    RegistryRetryWorker(FetchRegistriesUseCase fetcher) {
        this.fetcher = fetcher;
    }

    /** Starts the rounds, the first one {@code interval} from now. */
    synchronized void start(Duration interval) {
        if (rounds != null) {
            throw new IllegalStateException("the registry retry worker is already started");
        }
        long every = Math.max(interval.toMillis(), SHORTEST_INTERVAL.toMillis());
        rounds = thread.scheduleWithFixedDelay(this::retryDue, every, every, TimeUnit.MILLISECONDS);
    }

    /** Started, not stopped, and not ended by a failure that escaped a round. */
    boolean isRunning() {
        ScheduledFuture<?> current = rounds;
        return current != null && !current.isDone() && !thread.isShutdown();
    }

    // R21, R70: waiting requests are retried in the background until their registries answer
    private void retryDue() {
        try {
            int retried = fetcher.retryDue(AppConfig.RETRY_BATCH);
            if (retried > 0) {
                LOG.info("retried registries of {} waiting request(s)", retried);
            }
        } catch (RuntimeException e) {
            LOG.warn("registry retry round failed; the next round tries again", e);
        }
    }

    /** Lets a round under way finish (up to 10 s), then stops. */
    @Override
    public void close() {
        WorkerThread.stop(thread, Duration.ofSeconds(10));
    }
}
