package kz.medcert.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.audit.AuditChain;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.AuditKey;
import kz.medcert.domain.audit.AuditedStep;
import kz.medcert.domain.audit.ChainHead;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RequestId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Appends to the audit log inside the caller's transaction, so that an entry is committed exactly when the request
 * it records is. The only writer of AUDIT_LOG (inserts only) and AUDIT_HEAD.
 */
final class AuditLog {
    // Updating the head row takes its write lock on both databases, held until commit: a second appender waits
    // here, then reads the head the first one left (both run at READ COMMITTED). SELECT ... FOR UPDATE would not
    // lock on HSQLDB's MVCC.
    private static final String LOCK_HEAD = "UPDATE audit_head SET last_seq = last_seq WHERE id = 1";
    private static final String READ_HEAD = "SELECT last_seq, last_hash FROM audit_head WHERE id = 1";
    private static final String MOVE_HEAD = "UPDATE audit_head SET last_seq = :seq, last_hash = :hash "
            + "WHERE id = 1 AND last_seq = :previousSeq";
    private static final String COUNT = "SELECT COUNT(*) FROM audit_log WHERE request_id = :requestId";
    // PostgreSQL: the lock, the head and the request's entries so far in one round trip. The UPDATE waits for the
    // previous appender's commit and returns the head it left; the count's snapshot is taken after this transaction
    // updated the request's row, so it holds every entry of the request's earlier writers.
    private static final String TAKE_HEAD_COUNTING = "UPDATE audit_head SET last_seq = last_seq WHERE id = 1 "
            + "RETURNING last_seq, last_hash, (SELECT COUNT(*) FROM audit_log WHERE request_id = :requestId) AS audited";
    private static final String TAKE_HEAD = "UPDATE audit_head SET last_seq = last_seq WHERE id = 1 "
            + "RETURNING last_seq, last_hash, 0 AS audited";
    /** The audit subject of the chain itself (its keying): a name-based id, never a request's random one. */
    static final RequestId CHAIN_SUBJECT = new RequestId(UUID.nameUUIDFromBytes("audit-chain"
            .getBytes(StandardCharsets.UTF_8)));
    static final String KEY_ADOPTED = "AUDIT_CHAIN_KEYED";
    private static final String KEY_ADOPTED_BY = "SYSTEM audit-chain";

    private AuditLog() {
    }

    /** Appends every entry of the history of a request stored for the first time. */
    static void appendAll(Handle h, RequestId id, List<HistoryEntry> history) {
        append(h, history.stream().map(entry -> AuditedStep.of(id, entry)).toList());
    }

    /**
     * Appends the entries of {@code history} that the log does not hold yet: those beyond the number of entries it
     * holds for the request, which is the length of the history stored before this write (both are written in one
     * transaction). Call it once the request's row is updated, so that its row lock orders writers of one request.
     */
    static void appendNew(Handle h, RequestId id, List<HistoryEntry> history) {
        if (onPostgres(h)) {
            TakenHead taken = takeHead(h, TAKE_HEAD_COUNTING, id);
            if (taken.audited() < history.size()) {
                List<HistoryEntry> fresh = history.subList((int) taken.audited(), history.size());
                write(h, taken.head(), fresh.stream().map(entry -> AuditedStep.of(id, entry)).toList());
            }
            return;
        }
        long audited = h.createQuery(COUNT).bind("requestId", id.value()).mapTo(Long.class).one();
        if (audited < history.size()) {
            appendAll(h, id, history.subList((int) audited, history.size()));
        }
    }

    /**
     * Appends a step about a certificate rather than a request (its revocation), under the subject id
     * {@link #certificateSubject} gives, so that the one chain covers register changes too.
     */
    static void appendCertificateStep(Handle h, CertificateNumber number, Instant at, String actor, String event,
                                      String detail) {
        append(h, List.of(new AuditedStep(certificateSubject(number), at, actor, event, detail)));
    }

    /** The audit subject of a certificate: a name-based UUID of its number, never a request's random one. */
    static RequestId certificateSubject(CertificateNumber number) {
        return new RequestId(UUID.nameUUIDFromBytes(("certificate:" + number.value())
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** The head as last recorded (committed, or moved by this transaction). */
    static ChainHead head(Handle h) {
        return h.createQuery(READ_HEAD)
                .map((rs, ctx) -> new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")))
                .findOne()
                .orElseThrow(() -> new IllegalStateException("the audit log has no head row (audit_head)"));
    }

    private static void append(Handle h, List<AuditedStep> steps) {
        if (steps.isEmpty()) {
            return;
        }
        if (onPostgres(h)) {
            write(h, takeHead(h, TAKE_HEAD, CHAIN_SUBJECT).head(), steps);
            return;
        }
        if (h.execute(LOCK_HEAD) != 1) {
            throw new IllegalStateException("the audit log has no head row (audit_head)");
        }
        ChainHead previous = head(h);
        List<AuditEntry> entries = AuditChain.appendAll(previous, steps,
                h.getConfig(AuditSealing.class).key().orElse(null));
        PreparedBatch batch = h.prepareBatch(AuditLogRow.INSERT);
        entries.forEach(entry -> AuditLogRow.of(entry).bindTo(batch).add());
        batch.execute();
        ChainHead next = entries.get(entries.size() - 1).head();
        int moved = h.createUpdate(MOVE_HEAD).bind("seq", next.sequence()).bind("hash", next.hash())
                .bind("previousSeq", previous.sequence()).execute();
        if (moved != 1) {
            throw new IllegalStateException("the audit head moved while locked");
        }
    }

    /** The head locked until commit, and how many entries the subject has (0 when not counted). */
    private record TakenHead(ChainHead head, long audited) {
    }

    private static TakenHead takeHead(Handle h, String sql, RequestId subject) {
        var query = h.createQuery(sql);
        if (sql.contains(":requestId")) {
            query.bind("requestId", subject.value());
        }
        return query.map((rs, ctx) -> new TakenHead(new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")),
                        rs.getLong("audited")))
                .findOne()
                .orElseThrow(() -> new IllegalStateException("the audit log has no head row (audit_head)"));
    }

    /**
     * PostgreSQL: the entries and the head's move in one statement (a data-modifying WITH), after the head was taken.
     * The move still names the head it read, so a head moved meanwhile (impossible under the lock) writes nothing.
     */
    private static void write(Handle h, ChainHead previous, List<AuditedStep> steps) {
        List<AuditEntry> entries = AuditChain.appendAll(previous, steps,
                h.getConfig(AuditSealing.class).key().orElse(null));
        StringBuilder sql = new StringBuilder("WITH appended AS (INSERT INTO audit_log (" + AuditLogRow.COLUMNS
                + ") VALUES ");
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:seq").append(i).append(", :requestId").append(i)
                    .append(", :occurredAt").append(i).append(", :actor").append(i).append(", :event").append(i)
                    .append(", :detail").append(i).append(", :previousHash").append(i).append(", :hash").append(i)
                    .append(')');
        }
        sql.append(" RETURNING seq) UPDATE audit_head SET last_seq = :nextSeq, last_hash = :nextHash "
                + "WHERE id = 1 AND last_seq = :previousSeq AND (SELECT COUNT(*) FROM appended) = :count");
        var update = h.createUpdate(sql.toString());
        for (int i = 0; i < entries.size(); i++) {
            AuditLogRow row = AuditLogRow.of(entries.get(i));
            update.bind("seq" + i, row.seq()).bind("requestId" + i, row.requestId())
                    .bind("occurredAt" + i, row.occurredAt()).bind("actor" + i, row.actor())
                    .bind("event" + i, row.event()).bind("detail" + i, row.detail())
                    .bind("previousHash" + i, row.previousHash()).bind("hash" + i, row.hash());
        }
        ChainHead next = entries.get(entries.size() - 1).head();
        int moved = update.bind("nextSeq", next.sequence()).bind("nextHash", next.hash())
                .bind("previousSeq", previous.sequence()).bind("count", (long) entries.size()).execute();
        if (moved != 1) {
            throw new IllegalStateException("the audit head moved while locked");
        }
    }

    private static boolean onPostgres(Handle h) {
        try {
            return h.getConnection().isWrapperFor(org.postgresql.PGConnection.class);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /**
     * Makes a chain that ends in plain entries (written before the service had its key) end in a keyed one, whose HMAC
     * covers the plain entries' last hash: from here on a writer of the database who rewrites them can no longer make
     * the chain link. Nothing to do for an empty chain or one already ending in a keyed entry.
     *
     * @throws IllegalStateException when the last entry is sealed neither with the key nor without one: the database
     *                               was written with another key (or its last entry was changed)
     */
    static boolean adoptKey(Handle h, AuditKey key, Instant at) {
        if (h.execute(LOCK_HEAD) != 1) {
            throw new IllegalStateException("the audit log has no head row (audit_head)");
        }
        ChainHead head = head(h);
        if (head.sequence() == 0) {
            return false;
        }
        AuditEntry last = h.createQuery("SELECT " + AuditLogRow.COLUMNS + " FROM audit_log WHERE seq = :seq")
                .bind("seq", head.sequence()).map(AuditLogRow::read).map(AuditLogRow::toDomain).findOne()
                .orElseThrow(() -> new IllegalStateException("the audit log lacks entry " + head.sequence()
                        + ", which its head records"));
        if (last.sealedWith(key)) {
            return false;
        }
        if (!last.sealed()) {
            throw new IllegalStateException("the audit log's last entry (" + head.sequence() + ") is sealed neither "
                    + "with this service's key nor without a key: was the database written with another key file? "
                    + "Check it with the verify-audit command before starting the service");
        }
        append(h, List.of(new AuditedStep(CHAIN_SUBJECT, at, KEY_ADOPTED_BY, KEY_ADOPTED, "entries 1 to "
                + head.sequence() + " were sealed with SHA-256 alone, before the service had its key; this entry and "
                + "every later one are sealed with HMAC-SHA256 under it, and this one covers the hash of entry "
                + head.sequence())));
        return true;
    }

    /** Appends steps that belong to no request: an administrator's operations (see {@link JdbiAuditJournal}). */
    static void appendSteps(Handle h, List<AuditedStep> steps) {
        append(h, steps);
    }
}
