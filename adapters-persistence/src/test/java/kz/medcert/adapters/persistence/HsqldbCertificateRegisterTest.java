package kz.medcert.adapters.persistence;

import java.util.UUID;
import kz.medcert.application.port.out.CertificateRegister;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The register contract against an in-memory HSQLDB, a fresh database for each test. */
class HsqldbCertificateRegisterTest extends CertificateRegisterContract {
    private Database database;
    private CertificateRegister register;

    @BeforeEach
    void openDatabase() {
        database = Database.open(Database.memoryUrl("register-" + UUID.randomUUID()), "SA", "");
        register = new JdbiCertificateRegister(database.jdbi());
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Override
    protected CertificateRegister register() {
        return register;
    }

    @Override
    protected Jdbi jdbi() {
        return database.jdbi();
    }
}
