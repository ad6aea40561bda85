package kz.medcert.adapters.persistence;

import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.CertificateRegisterContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The register contract against a real PostgreSQL, emptied before each test. */
class PostgresCertificateRegisterTest extends CertificateRegisterContract {
    private static Database database;
    private static CertificateRegister register;

    @BeforeAll
    static void openDatabase() {
        database = Database.open(TestPostgres.jdbcUrl(), "postgres", "");
        register = new JdbiCertificateRegister(database.jdbi());
    }

    @AfterAll
    static void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @BeforeEach
    void empty() {
        database.jdbi().useTransaction(h -> {
            h.execute("DELETE FROM issued_certificate");
            h.execute("DELETE FROM certificate_serial");
        });
    }

    @Override
    protected CertificateRegister register() {
        return register;
    }
}
