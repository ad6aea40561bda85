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
     * On the PostgreSQL the other tests share, whose log other tests append to as well: the contract starts from the
     * head it finds.
     */
    @Nested
    class OnPostgres extends Contract {
        OnPostgres() {
            super(Database.open(TestPostgres.jdbcUrl(), "postgres", ""));
        }
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
