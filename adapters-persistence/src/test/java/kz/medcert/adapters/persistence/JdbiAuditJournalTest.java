package kz.medcert.adapters.persistence;

import java.util.UUID;
import kz.medcert.application.port.out.AuditJournal;
import kz.medcert.application.port.out.AuditJournalContract;
import kz.medcert.application.port.out.AuditTrail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The journal's contract on both databases, read back through the JDBI audit trail of the same log. */
class JdbiAuditJournalTest {

    /** On an embedded HSQLDB in memory, a fresh one per test. */
    @Nested
    class OnHsqldb extends Contract {
        OnHsqldb() {
            super(Database.open(Database.memoryUrl("journal-" + UUID.randomUUID()), "SA", ""));
        }
    }

    /**
     * On PostgreSQL, in a database of its own on the shared server (so that no other test's tampering with a log
     * reaches it), kept across the cases: the contract starts from the head it finds.
     */
    @Nested
    class OnPostgres extends Contract {
        OnPostgres() {
            super(Database.open(OwnPostgresDatabase.URL, "postgres", ""));
        }
    }

    /** Created on first use only. */
    private static final class OwnPostgresDatabase {
        static final String URL = TestPostgres.freshDatabase("audit_journal");
    }

    abstract static class Contract extends AuditJournalContract {
        private final Database database;

        Contract(Database database) {
            this.database = database;
        }

        @Override
        protected AuditJournal journal() {
            return new JdbiAuditJournal(database.jdbi());
        }

        @Override
        protected AuditTrail trail() {
            return new JdbiAuditTrail(database.jdbi());
        }

        @AfterEach
        void close() {
            database.close();
        }
    }
}
