package kz.medcert.application.fakes;

import kz.medcert.application.port.out.AuditJournal;
import kz.medcert.application.port.out.AuditJournalContract;
import kz.medcert.application.port.out.AuditTrail;

/** The in-memory audit log keeps the journal's contract the JDBI journal keeps. */
class InMemoryAuditJournalTest extends AuditJournalContract {
    private final InMemoryAuditTrail log = new InMemoryAuditTrail();

    @Override
    protected AuditJournal journal() {
        return log;
    }

    @Override
    protected AuditTrail trail() {
        return log;
    }
}
