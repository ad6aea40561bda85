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
