package kz.medcert.application.fakes;

import kz.medcert.application.port.out.AuditJournal;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.application.port.out.OperationalCounts;
import kz.medcert.application.port.out.OperationalCountsContract;
import kz.medcert.application.port.out.RequestStorePorts;

/** The in-memory store's counts keep the contract the JDBI counts keep, counted from what it holds. */
class InMemoryOperationalCountsTest extends OperationalCountsContract {
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final InMemoryCertificationRequestRepository repository =
            new InMemoryCertificationRequestRepository(new InMemoryCertificateRegister(), audit);

    @Override
    protected RequestStorePorts requestStore() {
        return RequestStorePorts.of(repository);
    }

    @Override
    protected OperationalCounts counts() {
        return repository;
    }

    @Override
    protected AuditTrail trail() {
        return audit;
    }

    @Override
    protected AuditJournal journal() {
        return audit;
    }
}
