package kz.medcert.bootstrap.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A reading of the store as of at most {@code maxAge} ago: one scrape reads each gauge, and all of them are answered
 * from one read; several Prometheus servers scraping at once still cost one read per {@code maxAge}. When the store
 * cannot be read, there is no reading (the gauges say NaN) until the next attempt, one {@code maxAge} later: stale
 * figures are never passed off as current.
 *
 * @param <T> what is read, e.g. the service's figures
 */
final class CachedReading<T> implements Supplier<Optional<T>> {
    private static final Logger LOG = LoggerFactory.getLogger(CachedReading.class);

    private final String what;
    private final Supplier<T> source;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private Optional<T> last = Optional.empty();
    private long readAt;
    private boolean everRead;

    CachedReading(String what, Supplier<T> source, Duration maxAge, LongSupplier nanoTime) {
        this.what = Objects.requireNonNull(what, "what");
        this.source = Objects.requireNonNull(source, "source");
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public synchronized Optional<T> get() {
        long now = nanoTime.getAsLong();
        if (!everRead || now - readAt >= maxAgeNanos) {
            readAt = now;
            everRead = true;
            try {
                last = Optional.of(source.get());
            } catch (RuntimeException e) {
                LOG.warn("{} could not be read for the metrics: {}", what, e.toString());
                last = Optional.empty();
            }
        }
        return last;
    }
}
