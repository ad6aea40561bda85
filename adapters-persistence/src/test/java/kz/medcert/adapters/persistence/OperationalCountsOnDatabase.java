package kz.medcert.adapters.persistence;

import kz.medcert.application.port.out.AuditJournal;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.application.port.out.OperationalCounts;
import kz.medcert.application.port.out.OperationalCountsContract;
import kz.medcert.application.port.out.RequestStorePorts;

/** The operators' counts' contract on a database: the JDBI store's writes, counted by the JDBI counts. */
abstract class OperationalCountsOnDatabase extends OperationalCountsContract {

    /** An empty, migrated database, fresh for each test. */
    protected abstract Database database();

    @Override
    protected RequestStorePorts requestStore() {
        return RequestStorePorts.of(new JdbiCertificationRequestRepository(database().jdbi()));
    }

    @Override
    protected OperationalCounts counts() {
        return new JdbiOperationalCounts(database().jdbi());
    }

    @Override
    protected AuditTrail trail() {
        return new JdbiAuditTrail(database().jdbi());
    }

    @Override
    protected AuditJournal journal() {
        return new JdbiAuditJournal(database().jdbi());
    }
}
