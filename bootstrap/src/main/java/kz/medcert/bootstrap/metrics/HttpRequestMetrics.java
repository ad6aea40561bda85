package kz.medcert.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import kz.medcert.adapters.http.RequestObserver;

/**
 * {@code http_server_requests_seconds}: every answered request, by method, route template and status, in a histogram
 * whose buckets suit an API answered in milliseconds and a PDF or an import in seconds. Labels come from
 * {@link RequestObserver.CompletedRequest}: templates and a fixed set of methods, never a path, so their number stays
 * bounded and no IIN or id becomes a label.
 */
final class HttpRequestMetrics implements RequestObserver {
    static final String NAME = "http.server.requests";
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final MeterRegistry registry;

    HttpRequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void completed(CompletedRequest request) {
        Timer.builder(NAME)
                .description("HTTP requests answered, by route template and status")
                .tag("method", request.method())
                .tag("route", request.route())
                .tag("status", Integer.toString(request.status()))
                .serviceLevelObjectives(BUCKETS)
                .register(registry)
                .record(request.duration());
    }
}
