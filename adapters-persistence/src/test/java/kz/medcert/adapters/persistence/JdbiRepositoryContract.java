package kz.medcert.adapters.persistence;

import java.time.Clock;
import java.time.Duration;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.application.port.out.CertificationRequestRepositoryContract;
import kz.medcert.application.port.out.Outbox;

/**
 * The repository contract on the JDBI adapters, whatever the database: the repository, the register and the outbox
 * of one service instance, and those of another on the same database. Each subclass hands out an empty, migrated
 * database per test.
 */
abstract class JdbiRepositoryContract extends CertificationRequestRepositoryContract {
    private CertificationRequestRepository repository;
    private Outbox outbox;

    /** An empty, migrated database, fresh for each test. */
    protected abstract Database database();

    @Override
    protected CertificationRequestRepository repository() {
        if (repository == null) {
            repository = anotherInstance(JdbiCertificationRequestRepository.DEFAULT_RETRY_LEASE, SETTLE);
        }
        return repository;
    }

    @Override
    protected CertificationRequestRepository anotherInstance(Duration retryLease, Duration settle) {
        return new JdbiCertificationRequestRepository(database().jdbi(), retryLease, settle, Clock.systemUTC());
    }

    @Override
    protected CertificateRegister register() {
        return new JdbiCertificateRegister(database().jdbi());
    }

    @Override
    protected Outbox outbox() {
        if (outbox == null) {
            outbox = outboxOfAnotherInstance();
        }
        return outbox;
    }

    @Override
    protected Outbox outboxOfAnotherInstance() {
        return new JdbiOutbox(database().jdbi());
    }
}
