package kz.medcert.adapters.persistence;

import java.util.UUID;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.application.port.out.CertificationRequestRepositoryContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The contract against an in-memory HSQLDB, a fresh database for each test. */
class HsqldbMemoryRepositoryTest extends CertificationRequestRepositoryContract {
    private Database database;
    private CertificationRequestRepository repository;

    @BeforeEach
    void openDatabase() {
        database = Database.open(Database.memoryUrl("contract-" + UUID.randomUUID()), "SA", "");
        repository = new JdbiCertificationRequestRepository(database.jdbi());
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
    protected CertificateRegister register() {
        return new JdbiCertificateRegister(database.jdbi());
    }
}
