package kz.medcert.application.fakes;

import kz.medcert.application.port.out.AuditJournal;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.application.port.out.AuditTrailContract;
import kz.medcert.application.port.out.RequestStorePorts;

/** The in-memory audit log, fed by the in-memory repository's writes, keeps the audit log's contract. */
class InMemoryAuditTrailTest extends AuditTrailContract {
    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final InMemoryCertificationRequestRepository repository =
            new InMemoryCertificationRequestRepository(new InMemoryCertificateRegister(), trail);

    @Override
    protected RequestStorePorts requestStore() {
        return RequestStorePorts.of(repository);
    }

    @Override
    protected AuditTrail trail() {
        return trail;
    }

    @Override
    protected AuditJournal journal() {
        return trail;
    }
}
