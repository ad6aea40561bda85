package kz.medcert.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.Submission;
import org.jdbi.v3.core.Handle;

/**
 * One REQUEST_QUEUE row: a request awaiting an officer's decision (R73, R78), with the few columns the queue is
 * filtered and ordered by. The table holds no other request, and its rows are narrow, so that counting and paging
 * a queue of tens of thousands reads index-sized rows rather than each request's JSON state (which, on HSQLDB, is
 * read whole with its row). Written in the transaction of every change of a request.
 *
 * @param department null when the request has no region at all (it then shows in the administrator's queue only)
 */
record RequestQueueRow(UUID requestId, String department, String status, String declaredSpecialty,
                       LocalDate decisionDue, OffsetDateTime submittedAt) {
    private static final String INSERT = "INSERT INTO request_queue (request_id, department, status, declared_specialty, "
            + "decision_due, submitted_at) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_NAMED = "INSERT INTO request_queue (request_id, department, status, "
            + "declared_specialty, decision_due, submitted_at) VALUES (:requestId, :department, :status, "
            + ":declaredSpecialty, :decisionDue, :submittedAt)";

    /** The request's row, when it awaits a decision. */
    static Optional<RequestQueueRow> of(RequestState s) {
        if (!s.status().awaitsDecision()) {
            return Optional.empty();
        }
        Submission submission = s.submission().orElseThrow(() -> new IllegalStateException("request " + s.id()
                + " awaits a decision but was never submitted"));
        return Optional.of(new RequestQueueRow(s.id().value(),
                // R71: the department of the registered region (the declared one where no registry holds it)
                s.identity().department().map(Department::code).orElse(null), s.status().name(),
                s.form().declaredSpecialty().value(), submission.decisionDue(),
                submission.submittedAt().atOffset(ZoneOffset.UTC)));
    }

    /** Makes the queue agree with {@code s}: its row replaced, or removed once it no longer awaits a decision. */
    static void write(Handle h, RequestState s) {
        h.createUpdate("DELETE FROM request_queue WHERE request_id = :id").bind("id", s.id().value()).execute();
        of(s).ifPresent(row -> h.createUpdate(INSERT_NAMED).bind("requestId", row.requestId)
                // typed, so that a request without a region binds a NULL of the column's type
                .bindByType("department", row.department, String.class).bind("status", row.status)
                .bind("declaredSpecialty", row.declaredSpecialty).bind("decisionDue", row.decisionDue)
                .bind("submittedAt", row.submittedAt).execute());
    }

    /** Inserts this row on a plain connection (a migration's). */
    void insert(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            bindTo(insert);
            insert.executeUpdate();
        }
    }

    private void bindTo(PreparedStatement insert) throws SQLException {
        insert.setObject(1, requestId);
        if (department == null) {
            insert.setNull(2, Types.VARCHAR);
        } else {
            insert.setString(2, department);
        }
        insert.setString(3, status);
        insert.setString(4, declaredSpecialty);
        insert.setObject(5, decisionDue);
        insert.setObject(6, submittedAt);
    }
}
