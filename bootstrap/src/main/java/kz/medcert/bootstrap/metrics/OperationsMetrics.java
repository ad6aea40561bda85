package kz.medcert.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import kz.medcert.adapters.http.operations.MetricsEndpoint;
import kz.medcert.adapters.http.RequestObserver;

/**
 * The service's metrics registry, in Prometheus' text format: the JVM's (memory, GC, threads, classes, CPU, uptime)
 * from the start, and what the wiring adds to {@link #registry()} (HTTP requests, the connection pool, the registry
 * calls, the service's own figures). Micrometer lives here, in the composition root: the adapters see a
 * {@link RequestObserver} and a {@link MetricsEndpoint.Source}, the core nothing at all.
 */
public final class OperationsMetrics implements AutoCloseable {
    /** What {@link PrometheusMeterRegistry#scrape()} writes: Prometheus' text exposition format 0.0.4. */
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gc;

    private OperationsMetrics(PrometheusMeterRegistry registry, JvmGcMetrics gc) {
        this.registry = registry;
        this.gc = gc;
    }

    public static OperationsMetrics create() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        return new OperationsMetrics(registry, gc);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** What {@code /metrics} serves: every meter now, in Prometheus' text format. */
    public MetricsEndpoint.Source source() {
        return new MetricsEndpoint.Source() {
            @Override
            public String contentType() {
                return CONTENT_TYPE;
            }

            @Override
            public String text() {
                return registry.scrape();
            }
        };
    }

    /** HTTP requests by method, route template and status, with their latency histogram. */
    public RequestObserver httpRequests() {
        return new HttpRequestMetrics(registry);
    }

    /** Stops listening to the JVM's GC notifications (a test JVM starts many services) and closes the registry. */
    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
