package kz.medcert.adapters.persistence;

import kz.medcert.domain.audit.AuditChain;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The operators' counts on a real PostgreSQL: a database of their own on the shared server, emptied for each test. */
class PostgresOperationalCountsTest extends OperationalCountsOnDatabase {
    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open(TestPostgres.freshDatabase("operational_counts"), "postgres", "");
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    // the audit log refuses DELETE and TRUNCATE (its trigger): a superuser switches triggers off for the transaction
    @BeforeEach
    void empty() {
        database.jdbi().useTransaction(h -> {
            h.execute("SET LOCAL session_replication_role = replica");
            h.execute("DELETE FROM audit_log");
            h.execute("UPDATE audit_head SET last_seq = 0, last_hash = ?", AuditChain.GENESIS_HASH);
            h.execute("DELETE FROM request_attachment_content");
            h.execute("DELETE FROM idempotency_key");
            h.execute("DELETE FROM certification_request");
        });
    }

    @Override
    protected Database database() {
        return database;
    }
}
