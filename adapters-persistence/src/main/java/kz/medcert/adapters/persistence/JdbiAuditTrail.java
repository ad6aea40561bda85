package kz.medcert.adapters.persistence;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.Breach;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.audit.ChainHead;
import kz.medcert.domain.audit.ChainVerifier;
import kz.medcert.domain.request.RequestId;
import org.jdbi.v3.core.Jdbi;

/**
 * The audit log read from the database (appended to by {@link JdbiCertificationRequestRepository}). Verification
 * streams the chain in sequence order, one batch per short transaction, so that neither memory nor a long-held
 * snapshot grows with the log; it uses the key the database was opened with ({@link AuditSealing}).
 */
public final class JdbiAuditTrail implements AuditTrail {
    static final int DEFAULT_BATCH_SIZE = 1_000;
    private static final String SELECT = "SELECT " + AuditLogRow.COLUMNS + " FROM audit_log ";
    // One statement, so that the head and the entries beyond it are read at one instant.
    private static final String BEYOND_HEAD = "SELECT MIN(seq) FROM audit_log "
            + "WHERE seq > (SELECT last_seq FROM audit_head WHERE id = 1)";

    private final Jdbi jdbi;
    private final int batchSize;

    @Inject
    public JdbiAuditTrail(Jdbi jdbi) {
        this(jdbi, DEFAULT_BATCH_SIZE);
    }

    JdbiAuditTrail(Jdbi jdbi, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.jdbi = jdbi;
        this.batchSize = batchSize;
    }

    @Override
    public List<AuditEntry> trailOf(RequestId id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE request_id = :requestId ORDER BY seq")
                .bind("requestId", id.value())
                .map(AuditLogRow::read)
                .map(AuditLogRow::toDomain)
                .list());
    }

    /**
     * Verifies the entries up to the head as it was when verification began (later appends are left for the next
     * run), then that the chain ends at that head, then that no entry lies beyond the current head.
     */
    @Override
    public ChainCheck verifyAll() {
        ChainHead recorded = jdbi.withHandle(AuditLog::head);
        ChainVerifier verifier = jdbi.getConfig(AuditSealing.class).key().map(ChainVerifier::new)
                .orElseGet(ChainVerifier::new);
        long from = Long.MIN_VALUE;
        List<AuditEntry> batch;
        do {
            batch = batch(from, recorded.sequence());
            for (AuditEntry entry : batch) {
                if (!verifier.accept(entry)) {
                    return verifier.result();
                }
            }
            from = batch.isEmpty() ? from : batch.get(batch.size() - 1).sequence() + 1;
        } while (batch.size() == batchSize);
        return verifier.result(recorded).fold(
                intact -> beyondHead().<ChainCheck>map(seq -> notAppendedThroughHead(seq, intact)).orElse(intact),
                broken -> broken);
    }

    private List<AuditEntry> batch(long from, long to) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE seq >= :from AND seq <= :to ORDER BY seq "
                        + "LIMIT :limit")
                .bind("from", from)
                .bind("to", to)
                .bind("limit", batchSize)
                .map(AuditLogRow::read)
                .map(AuditLogRow::toDomain)
                .list());
    }

    private Optional<Long> beyondHead() {
        return jdbi.withHandle(h -> h.createQuery(BEYOND_HEAD).mapTo(Long.class).findOne());
    }

    private static ChainCheck.Broken notAppendedThroughHead(long sequence, ChainCheck.Intact verified) {
        return new ChainCheck.Broken(sequence, Breach.BROKEN_LINK, "entry " + sequence
                + " lies beyond the chain's head: it was not appended through it", verified.entries());
    }
}
