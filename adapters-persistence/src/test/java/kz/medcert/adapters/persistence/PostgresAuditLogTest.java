package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import kz.medcert.domain.audit.AuditChain;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit log contract on a real PostgreSQL, started once for the class and emptied before each test. Here a
 * trigger refuses any change to the log; an intruder with superuser rights gets past it by switching triggers off
 * for the session ({@code session_replication_role = replica}), and the chain still finds what they did.
 */
class PostgresAuditLogTest extends AuditLogContract {
    private static EmbeddedPostgres postgres;
    private static Database database;

    @BeforeAll
    static void startPostgres() throws IOException {
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
        asSuperuserWithoutTriggers(h -> {
            h.execute("DELETE FROM audit_log");
            h.execute("UPDATE audit_head SET last_seq = 0, last_hash = ?", AuditChain.GENESIS_HASH);
            h.execute("DELETE FROM request_attachment_content");
            h.execute("DELETE FROM certification_request");
        });
    }

    @Override
    protected Database database() {
        return database;
    }

    @Override
    protected void tamper(HandleConsumer<RuntimeException> change) {
        asSuperuserWithoutTriggers(change);
    }

    @Test
    void theLog_refusesUpdateDeleteAndTruncate() {
        journey();

        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("UPDATE audit_log SET detail = 'x'")))
                .isInstanceOf(StatementException.class).hasMessageContaining("audit_log is append-only: UPDATE");
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("DELETE FROM audit_log WHERE seq = 2")))
                .isInstanceOf(StatementException.class).hasMessageContaining("audit_log is append-only: DELETE");
        assertThatThrownBy(() -> database.jdbi().useHandle(h -> h.execute("TRUNCATE audit_log")))
                .isInstanceOf(StatementException.class).hasMessageContaining("audit_log is append-only: TRUNCATE");

        assertThat(trail().verifyAll().isIntact()).isTrue();
    }

    // SET LOCAL ends with the transaction, so the pooled connection goes back with triggers on.
    private static void asSuperuserWithoutTriggers(HandleConsumer<RuntimeException> change) {
        database.jdbi().useTransaction(h -> {
            h.execute("SET LOCAL session_replication_role = replica");
            change.useHandle(h);
        });
    }
}
