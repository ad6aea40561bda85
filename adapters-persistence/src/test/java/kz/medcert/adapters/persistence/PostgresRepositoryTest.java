package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contracts against a real PostgreSQL, started once for the class and emptied before each test. */
class PostgresRepositoryTest extends JdbiRepositoryContract {
    private static EmbeddedPostgres postgres;
    private static Database database;

    @BeforeAll
    static void startPostgres() throws IOException {
        // The embedded server turns fsync off for speed; synchronous_commit stays on as in production (with fsync off
        // it costs nothing here), so the adapter runs with the setting it expects and does not warn.
        postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
        database = Database.open(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (database != null) {
            database.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @BeforeEach
    void empty() {
        database.jdbi().useTransaction(h -> {
            h.execute("DELETE FROM request_attachment_content");
            h.execute("DELETE FROM idempotency_key");
            h.execute("DELETE FROM certification_request");
            h.execute("DELETE FROM issued_certificate");
            h.execute("DELETE FROM notification_outbox");
        });
    }

    @Override
    protected Database database() {
        return database;
    }

    @Test
    void readiness_isTrue_whileOpen() {
        assertThat(database.readiness()).isTrue();
    }

    @Test
    void migrations_areAppliedOnce_whenOpenedAgain() {
        long before = appliedMigrations(database);

        try (Database again = Database.open(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "", 2)) {
            assertThat(again.readiness()).isTrue();
            assertThat(appliedMigrations(again)).isEqualTo(before);
        }
        assertThat(before).isPositive();
        long failed = database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success").mapTo(Long.class).one());
        assertThat(failed).isZero();
    }

    private static long appliedMigrations(Database database) {
        return database.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM flyway_schema_history WHERE success").mapTo(Long.class).one());
    }
}
