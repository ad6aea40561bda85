package kz.medcert.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.UUID;
import kz.medcert.adapters.persistence.stored.RequestStateJson;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.Submission;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Column-for-column image of one CERTIFICATION_REQUEST row; the only class that knows the table layout. The JSON
 * {@code state} is the request but for its {@code version}, in the layout {@code stateFormat} names (see
 * RequestStateJson); the other columns are copies of it to query by.
 *
 * @param updatedAt      when the request last changed by its own history, so that "oldest first" follows the
 *                       service's clock rather than the database server's
 * @param asksRegistries whether the registry-retry worker still asks a registry of the request (R21, R70)
 */
record CertificationRequestRow(UUID id, String applicantIin, String status, long version, OffsetDateTime startedAt,
                               OffsetDateTime updatedAt, int stateFormat, String state,
                               String department, LocalDate decisionDue, OffsetDateTime submittedAt,
                               boolean asksRegistries) {

    static final String COLUMNS = "id, applicant_iin, status, version, started_at, updated_at, state_format, state, "
            + "department, decision_due, submitted_at, asks_registries";

    static CertificationRequestRow read(ResultSet rs, StatementContext ctx) throws SQLException {
        return new CertificationRequestRow(UUID.fromString(rs.getString("id")), rs.getString("applicant_iin"),
                rs.getString("status"), rs.getLong("version"), rs.getObject("started_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("state_format"), rs.getString("state"),
                rs.getString("department"), rs.getObject("decision_due", LocalDate.class),
                rs.getObject("submitted_at", OffsetDateTime.class), rs.getBoolean("asks_registries"));
    }

    /** The row of {@code request} as stored at {@code storedVersion}. */
    static CertificationRequestRow of(CertificationRequest request, long storedVersion) {
        RequestState s = request.state().atVersion(storedVersion);
        Instant lastChange = s.history().stream().map(HistoryEntry::at).max(Comparator.naturalOrder())
                .orElse(s.startedAt());
        return new CertificationRequestRow(s.id().value(), s.applicant().iin().value(), s.status().name(),
                storedVersion, utc(s.startedAt()), utc(lastChange), RequestStateJson.FORMAT, RequestStateJson.write(s),
                // R71: the department of the registered region (the declared one where no registry holds it)
                s.identity().region().map(r -> r.name()).orElse(null),
                s.submission().map(Submission::decisionDue).orElse(null),
                s.submission().map(submission -> utc(submission.submittedAt())).orElse(null),
                s.asksRegistries());
    }

    /** Binds every column by its parameter name ({@code :applicantIin} for {@code applicant_iin}). */
    <T extends SqlStatement<T>> T bindTo(T statement) {
        return statement.bind("id", id).bind("applicantIin", applicantIin).bind("status", status)
                .bind("version", version).bind("startedAt", startedAt).bind("updatedAt", updatedAt)
                .bind("stateFormat", stateFormat).bind("state", state).bind("department", department)
                // typed, so that a request not yet submitted binds a NULL of the column's type
                .bindByType("decisionDue", decisionDue, LocalDate.class)
                .bindByType("submittedAt", submittedAt, OffsetDateTime.class)
                .bind("asksRegistries", asksRegistries);
    }

    /** The request at the version this row holds. */
    CertificationRequest toDomain() {
        return CertificationRequest.restore(RequestStateJson.read(state, stateFormat, version));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
