package kz.medcert.adapters.persistence;

import java.util.UUID;
import kz.medcert.application.testing.JourneyFixtures;
import kz.medcert.application.port.out.ConsentChallenges;
import kz.medcert.application.port.out.ConsentChallengesContract;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.RequestId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;

/** The consent challenges' contract on both databases: limits and tries hold across connections at once. */
class JdbiConsentChallengesTest {

    /** On an embedded HSQLDB in memory. */
    @Nested
    class OnHsqldb extends Contract {
        OnHsqldb() {
            super(Database.open(Database.memoryUrl("consent-" + UUID.randomUUID()), "SA", ""));
        }
    }

    /** On PostgreSQL (the one the other PostgreSQL tests share, emptied of what this test stored). */
    @Nested
    class OnPostgres extends Contract {
        OnPostgres() {
            super(Database.open(TestPostgres.jdbcUrl(), "postgres", ""));
        }
    }

    abstract static class Contract extends ConsentChallengesContract {
        private final Database database;
        private final JdbiCertificationRequestRepository requests;

        Contract(Database database) {
            this.database = database;
            this.requests = new JdbiCertificationRequestRepository(database.jdbi());
        }

        @Override
        protected ConsentChallenges emptyStore() {
            database.jdbi().useHandle(h -> h.execute("DELETE FROM consent_challenge"));
            return new JdbiConsentChallenges(database.jdbi());
        }

        @Override
        protected RequestId storedRequest(Iin iin) {
            return requests.add(JourneyFixtures.startedBy(iin)).id();
        }

        @AfterEach
        void close() {
            database.jdbi().useHandle(h -> h.execute("DELETE FROM consent_challenge"));
            database.close();
        }
    }
}
