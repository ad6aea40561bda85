package kz.medcert.bootstrap.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase.ServiceFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's figures as of at most {@code maxAge} ago: one scrape reads each gauge, and all of them are answered
 * from one read of the store; several Prometheus servers scraping at once still cost one read per {@code maxAge}.
 * When the store cannot be read, there are no figures (the gauges say NaN) until the next attempt, one
 * {@code maxAge} later: stale figures are never passed off as current.
 */
final class CachedFigures implements Supplier<Optional<ServiceFigures>> {
    private static final Logger LOG = LoggerFactory.getLogger(CachedFigures.class);

    private final ServiceFiguresUseCase figures;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private Optional<ServiceFigures> last = Optional.empty();
    private long readAt;
    private boolean read;

    CachedFigures(ServiceFiguresUseCase figures, Duration maxAge, LongSupplier nanoTime) {
        this.figures = Objects.requireNonNull(figures, "figures");
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public synchronized Optional<ServiceFigures> get() {
        long now = nanoTime.getAsLong();
        if (!read || now - readAt >= maxAgeNanos) {
            readAt = now;
            read = true;
            try {
                last = Optional.of(figures.figures());
            } catch (RuntimeException e) {
                LOG.warn("the service's figures could not be read for the metrics: {}", e.toString());
                last = Optional.empty();
            }
        }
        return last;
    }
}
