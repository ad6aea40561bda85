package kz.medcert.application.port.out;

import kz.medcert.domain.audit.AuditedStep;

/**
 * Records administrative operations that belong to no request (an import of the register, an export of holders'
 * personal data) in the same append-only, hash-chained audit log as the requests' steps. Each operation has its own
 * id, which no request has; its entries are read back like a request's ({@link AuditTrail#trailOf}).
 */
public interface AuditJournal {

    /** Appends one entry in its own transaction: it is on disk, chained after the last one, when this returns. */
    void append(AuditedStep step);
}
