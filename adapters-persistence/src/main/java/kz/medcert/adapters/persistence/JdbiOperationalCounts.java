package kz.medcert.adapters.persistence;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import kz.medcert.application.port.out.OperationalCounts;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.request.RequestStatus;
import org.jdbi.v3.core.Jdbi;

/**
 * The operators' counts by three indexed queries: requests by status ({@code certification_request_status}), what
 * awaits a decision per department ({@code certification_request_queue}) and the audit chain's head (one row). No
 * request's state is read. Rows stored before the department and the due date were copied into their columns (V4,
 * V8) got them in V31; a request without any region has no department and is counted for none.
 */
public final class JdbiOperationalCounts implements OperationalCounts {
    private static final String BY_STATUS = "SELECT status, COUNT(*) AS requests FROM certification_request "
            + "GROUP BY status";
    private static final String AWAITING = "SELECT department, COUNT(*) AS awaiting, "
            + "COALESCE(SUM(CASE WHEN decision_due < :today THEN 1 ELSE 0 END), 0) AS overdue "
            + "FROM certification_request WHERE status IN (:accepted, :proposed) AND department IS NOT NULL "
            + "GROUP BY department";

    private final Jdbi jdbi;

    @Inject
    public JdbiOperationalCounts(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Map<RequestStatus, Long> requestsByStatus() {
        Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
        jdbi.useHandle(h -> h.createQuery(BY_STATUS).map((rs, ctx) -> Map.entry(
                        RequestStatus.valueOf(rs.getString("status")), rs.getLong("requests")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
        return counts;
    }

    @Override
    public Map<Department, AwaitingDecisionCount> awaitingDecisionByDepartment(LocalDate today) {
        Objects.requireNonNull(today, "today");
        Map<Department, AwaitingDecisionCount> counts = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(AWAITING)
                .bind("today", today)
                .bind("accepted", RequestStatus.ACCEPTED.name())
                .bind("proposed", RequestStatus.REFUSAL_PROPOSED.name())
                .map((rs, ctx) -> Map.entry(Department.parse(rs.getString("department")),
                        new AwaitingDecisionCount(rs.getLong("awaiting"), rs.getLong("overdue"))))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
        return counts;
    }

    @Override
    public long auditChainLength() {
        return jdbi.withHandle(AuditLog::head).sequence();
    }
}
