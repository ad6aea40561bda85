package kz.medcert.adapters.persistence;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The operators' counts on an in-memory HSQLDB, a fresh database for each test. */
class HsqldbOperationalCountsTest extends OperationalCountsOnDatabase {
    private Database database;

    @BeforeEach
    void openDatabase() {
        database = Database.open(Database.memoryUrl("counts-" + UUID.randomUUID()), "SA", "");
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Override
    protected Database database() {
        return database;
    }
}
