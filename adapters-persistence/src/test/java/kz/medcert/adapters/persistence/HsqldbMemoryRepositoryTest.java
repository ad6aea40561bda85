package kz.medcert.adapters.persistence;

import java.util.UUID;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.CertificationRequestRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract against an in-memory HSQLDB, a fresh database for each test. */
class HsqldbMemoryRepositoryTest extends CertificationRequestRepositoryContract {
    private Database database;
    private CertificationRequestRepository repository;

    @BeforeEach
    void openDatabase() {
        database = Database.open(Database.memoryUrl("contract-" + UUID.randomUUID()), "SA", "");
        repository = new JdbiCertificationRequestRepository(database.jdbi(),
                JdbiCertificationRequestRepository.DEFAULT_RETRY_LEASE, CertificationRequestRepositoryContract.SETTLE,
                java.time.Clock.systemUTC());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Override
    protected CertificationRequestRepository repository() {
        return repository;
    }

    @Override
    protected CertificationRequestRepository anotherInstance(java.time.Duration retryLease,
                                                             java.time.Duration settle) {
        return new JdbiCertificationRequestRepository(database.jdbi(), retryLease, settle,
                java.time.Clock.systemUTC());
    }

    @Override
    protected CertificateRegister register() {
        return new JdbiCertificateRegister(database.jdbi());
    }
}
