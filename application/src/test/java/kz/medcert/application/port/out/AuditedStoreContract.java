package kz.medcert.application.port.out;

/**
 * The fixture that {@link AuditTrailContract} and {@link OperationalCountsContract} share: a store of requests whose
 * writes append to an audit log, the log's read side and its journal of administrators' operations, declared once
 * so that the two contracts ask their runners (the in-memory fakes, JDBI on HSQLDB and PostgreSQL) for the same
 * things under the same names.
 */
public abstract class AuditedStoreContract {

    /** The store of requests whose writes append to the log, empty (log included) at the start of each test. */
    protected abstract RequestStorePorts requestStore();

    /** The read side of the same log. */
    protected abstract AuditTrail trail();

    /** The journal of administrators' operations on the same log. */
    protected abstract AuditJournal journal();

    protected Requests requests() {
        return requestStore().requests();
    }

    protected RequestAttachments attachments() {
        return requestStore().attachments();
    }
}
