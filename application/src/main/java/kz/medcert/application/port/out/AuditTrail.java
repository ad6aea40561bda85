package kz.medcert.application.port.out;

import java.util.List;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.request.RequestId;

/**
 * The append-only, hash-chained audit log, read side. Entries are appended by the writes of requests
 * ({@link Requests}, {@link IdempotentStarts}, {@link CertificateIssuing}, {@link RequestAttachments}) in the same
 * transaction as the request they record (one per new history entry), so that a step is never stored without its
 * audit entry, nor audited without being stored; administrators' operations that belong to no request are appended
 * through {@link AuditJournal}, each under its own id.
 */
public interface AuditTrail {

    /** The entries about one request, in the order they were appended; empty when there are none. */
    List<AuditEntry> trailOf(RequestId id);

    /**
     * Verifies the whole chain, from the first entry to the head recorded when the last one was appended, and names
     * the first broken entry. Reads the log in batches, so its length is not limited by memory.
     */
    ChainCheck verifyAll();
}
