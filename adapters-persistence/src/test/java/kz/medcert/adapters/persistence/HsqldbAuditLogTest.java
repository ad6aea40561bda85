package kz.medcert.adapters.persistence;

import java.util.UUID;
import org.jdbi.v3.core.HandleConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The audit log contract on an in-memory HSQLDB, a fresh database for each test. HSQLDB has no guard against
 * UPDATE or DELETE on the log (the application never issues them), so tampering is plain SQL here.
 */
class HsqldbAuditLogTest extends AuditLogContract {
    private Database database;

    @BeforeEach
    void openDatabase() {
        database = Database.open(Database.memoryUrl("audit-" + UUID.randomUUID()), "SA", "");
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Override
    protected Database database() {
        return database;
    }

    @Override
    protected void tamper(HandleConsumer<RuntimeException> change) {
        database.jdbi().useTransaction(change);
    }
}
