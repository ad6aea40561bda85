package kz.medcert.bootstrap.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import kz.medcert.application.port.in.OutboxStatus;
import kz.medcert.application.port.in.ServiceFiguresUseCase;
import kz.medcert.application.port.in.ServiceFiguresUseCase.Backlog;
import kz.medcert.application.port.in.ServiceFiguresUseCase.ServiceFigures;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.request.RequestStatus;

/**
 * The service's own gauges, read when Prometheus scrapes, from figures at most {@link #MAX_AGE} old
 * ({@link CachedReading}): {@code medcert_certification_requests} by status, {@code medcert_awaiting_decision} and
 * {@code medcert_overdue_decisions} by department (R73, R78), {@code medcert_audit_chain_length}, and
 * {@code medcert_outbox_backlog}, the notifications stored but not yet sent. Every status and department has its
 * series from the start, at 0 where there is nothing. Another figure of the service goes here the same way.
 */
public final class ServiceFigureGauges {
    /** How old the figures behind one scrape may be. */
    public static final Duration MAX_AGE = Duration.ofSeconds(10);

    private ServiceFigureGauges() {
    }

    /** Registers the gauges, reading {@code figures} and {@code outbox} at most once per {@link #MAX_AGE} each. */
    public static void register(MeterRegistry registry, ServiceFiguresUseCase figures, OutboxStatus outbox) {
        register(registry, new CachedReading<>("the service's figures", figures::figures, MAX_AGE, System::nanoTime),
                new CachedReading<>("the outbox's backlog", outbox::backlog, MAX_AGE, System::nanoTime));
    }

    static void register(MeterRegistry registry, Supplier<Optional<ServiceFigures>> figures,
                         Supplier<Optional<Long>> outboxBacklog) {
        for (RequestStatus status : RequestStatus.values()) {
            gauge(figures, "medcert.certification.requests", "Certification requests stored, by status",
                    f -> f.requestsByStatus().getOrDefault(status, 0L))
                    .tag("status", status.name()).register(registry);
        }
        for (Region region : Region.values()) {
            Department department = Department.of(region);
            gauge(figures, "medcert.awaiting.decision", "Requests awaiting the officer's decision, by department",
                    f -> backlog(f, department).awaiting())
                    .tag("department", department.code()).register(registry);
            gauge(figures, "medcert.overdue.decisions", "Requests awaiting a decision past its due date, by department",
                    f -> backlog(f, department).overdue())
                    .tag("department", department.code()).register(registry);
        }
        gauge(figures, "medcert.audit.chain.length", "Entries in the audit chain",
                ServiceFigures::auditChainLength).register(registry);
        gauge(outboxBacklog, "medcert.outbox.backlog", "Notifications stored but not yet sent (nor failed for good)",
                backlog -> backlog).register(registry);
    }

    private static Backlog backlog(ServiceFigures figures, Department department) {
        return figures.awaitingDecision().getOrDefault(department, Backlog.NONE);
    }

    private static <T> Gauge.Builder<Supplier<Optional<T>>> gauge(Supplier<Optional<T>> reading, String name,
                                                                 String description, Function<T, Number> figure) {
        return Gauge.builder(name, reading, source -> source.get().map(figure).map(Number::doubleValue)
                        .orElse(Double.NaN))
                .description(description)
                .strongReference(true);
    }
}
