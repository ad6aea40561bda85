package kz.medcert.application.service.operations;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase;
import kz.medcert.application.port.out.OperationalCounts;
import kz.medcert.application.port.out.Outbox;
import kz.medcert.application.port.out.OperationalCounts.AwaitingDecisionCount;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.request.RequestStatus;

/**
 * The operators' figures from the store's counts, complete: every status and every department is named, with zero
 * where there is nothing, so that a series never vanishes from the metrics when its count falls to zero. "Overdue" is
 * counted on the provider's today, in Kazakhstan (R73, R78), as the officers' queue counts it.
 */
public final class ServiceFiguresService implements ServiceFiguresUseCase {
    private final OperationalCounts counts;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public ServiceFiguresService(OperationalCounts counts, Outbox outbox, Clock clock) {
        this.counts = Objects.requireNonNull(counts, "counts");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ServiceFigures figures() {
        LocalDate today = KazakhstanTime.date(clock.instant());
        Map<RequestStatus, Long> byStatus = new EnumMap<>(RequestStatus.class);
        for (RequestStatus status : RequestStatus.values()) {
            byStatus.put(status, 0L);
        }
        byStatus.putAll(counts.requestsByStatus());
        Map<Department, Backlog> awaiting = new HashMap<>();
        for (Region region : Region.values()) {
            awaiting.put(Department.of(region), Backlog.NONE);
        }
        counts.awaitingDecisionByDepartment(today).forEach((department, count) -> awaiting.put(department,
                backlog(count)));
        return new ServiceFigures(byStatus, awaiting, counts.auditChainLength(), outbox.backlog());
    }

    private static Backlog backlog(AwaitingDecisionCount count) {
        return new Backlog(count.awaiting(), count.overdue());
    }
}
