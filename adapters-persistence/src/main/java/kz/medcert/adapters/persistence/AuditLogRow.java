package kz.medcert.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.request.RequestId;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/** Column-for-column image of one AUDIT_LOG row; read as stored, so that tampering is left for the chain to find. */
record AuditLogRow(long seq, UUID requestId, OffsetDateTime occurredAt, String actor, String event, String detail,
                   String previousHash, String hash) {

    static final String COLUMNS = "seq, request_id, occurred_at, actor, event, detail, previous_hash, hash";
    static final String INSERT = "INSERT INTO audit_log (" + COLUMNS + ") VALUES (:seq, :requestId, :occurredAt, "
            + ":actor, :event, :detail, :previousHash, :hash)";

    static AuditLogRow read(ResultSet rs, StatementContext ctx) throws SQLException {
        return new AuditLogRow(rs.getLong("seq"), UUID.fromString(rs.getString("request_id")),
                rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"), rs.getString("event"),
                rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    static AuditLogRow of(AuditEntry entry) {
        return new AuditLogRow(entry.sequence(), entry.requestId().value(), entry.at().atOffset(ZoneOffset.UTC),
                entry.actor(), entry.event(), entry.detail(), entry.previousHash(), entry.hash());
    }

    <T extends SqlStatement<T>> T bindTo(T statement) {
        return statement.bind("seq", seq).bind("requestId", requestId).bind("occurredAt", occurredAt)
                .bind("actor", actor).bind("event", event).bind("detail", detail)
                .bind("previousHash", previousHash).bind("hash", hash);
    }

    AuditEntry toDomain() {
        return new AuditEntry(seq, new RequestId(requestId), occurredAt.toInstant(), actor, event, detail,
                previousHash, hash);
    }
}
