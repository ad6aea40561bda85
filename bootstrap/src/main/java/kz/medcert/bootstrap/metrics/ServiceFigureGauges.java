package kz.medcert.bootstrap.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase.Backlog;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase.ServiceFigures;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.request.RequestStatus;

/**
 * The service's own gauges, read when Prometheus scrapes, from figures at most {@link #MAX_AGE} old
 * ({@link CachedFigures}): {@code medcert_certification_requests} by status, {@code medcert_awaiting_decision} and
 * {@code medcert_overdue_decisions} by department (R73, R78), {@code medcert_audit_chain_length} and
 * {@code medcert_outbox_backlog}. Every status and department has its series from the start, at 0 where there is
 * nothing.
 */
public final class ServiceFigureGauges {
    /** How old the figures behind one scrape may be. */
    public static final Duration MAX_AGE = Duration.ofSeconds(10);

    private ServiceFigureGauges() {
    }

    /** Registers the gauges, reading {@code figures} at most once per {@link #MAX_AGE}. */
    public static void register(MeterRegistry registry, ServiceFiguresUseCase figures) {
        register(registry, new CachedFigures(figures, MAX_AGE, System::nanoTime));
    }

    static void register(MeterRegistry registry, Supplier<Optional<ServiceFigures>> figures) {
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
        gauge(figures, "medcert.outbox.backlog", "Notifications stored and not yet sent (nor failed for good)",
                ServiceFigures::outboxBacklog).register(registry);
    }

    private static Backlog backlog(ServiceFigures figures, Department department) {
        return figures.awaitingDecision().getOrDefault(department, Backlog.NONE);
    }

    private static Gauge.Builder<Supplier<Optional<ServiceFigures>>> gauge(Supplier<Optional<ServiceFigures>> figures,
            String name, String description, Function<ServiceFigures, Number> figure) {
        return Gauge.builder(name, figures, source -> source.get().map(figure).map(Number::doubleValue)
                        .orElse(Double.NaN))
                .description(description)
                .strongReference(true);
    }
}
