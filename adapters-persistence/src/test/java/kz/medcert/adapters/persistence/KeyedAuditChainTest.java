package kz.medcert.adapters.persistence;

import static kz.medcert.application.testing.JourneyFixtures.awaitingDocuments;
import static kz.medcert.application.testing.JourneyFixtures.awaitingRegistries;
import static kz.medcert.application.testing.JourneyFixtures.started;
import static kz.medcert.application.testing.JourneyFixtures.submitted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.medcert.domain.audit.AuditChain;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.audit.AuditKey;
import kz.medcert.domain.audit.Breach;
import kz.medcert.domain.audit.ChainCheck;
import kz.medcert.domain.audit.ChainHead;
import kz.medcert.domain.request.CertificationRequest;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The audit chain keyed with the service's key (HMAC-SHA256), on both databases: a writer of the database who rewrites
 * an entry and recomputes every later hash, as one could when the chain was plain SHA-256, is found at that entry; a
 * chain written before the key stays verifiable and is vouched for by a keyed entry from the first start with the key;
 * another key is refused at start.
 */
class KeyedAuditChainTest {
    static final AuditKey KEY = HmacAuditKey.of("the-service-key-of-this-test-32-bytes!!".getBytes(
            StandardCharsets.UTF_8));
    static final AuditKey OTHER_KEY = HmacAuditKey.of("another-key-somebody-else-holds-32bytes".getBytes(
            StandardCharsets.UTF_8));
    static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");

    /** On an embedded HSQLDB in memory, where nothing guards the log but the chain. */
    @Nested
    class OnHsqldb extends Keyed {
        OnHsqldb() {
            super(Database.open(Database.memoryUrl("keyed-" + UUID.randomUUID()), "SA", ""), false);
        }
    }

    /**
     * On PostgreSQL, by a superuser who switches the append-only trigger off for the session; in a database of its
     * own on the shared server, since the journeys it writes would otherwise stay in other classes' queues.
     */
    @Nested
    class OnPostgres extends Keyed {
        OnPostgres() {
            super(Database.open(OwnPostgresDatabase.URL, "postgres", ""), true);
            tamper(KeyedAuditChainTest::emptyLog);
        }
    }

    /** Created once, on first use. */
    private static final class OwnPostgresDatabase {
        static final String URL = TestPostgres.freshDatabase("keyed_audit_chain");
    }

    abstract static class Keyed {
        private final Database database;
        private final boolean postgres;

        Keyed(Database database, boolean postgres) {
            this.database = database;
            this.postgres = postgres;
        }

        @AfterEach
        void close() {
            tamper(KeyedAuditChainTest::emptyLog);
            database.close();
        }

        JdbiCertificationRequestRepository repository() {
            return new JdbiCertificationRequestRepository(database.jdbi());
        }

        JdbiAuditTrail trail() {
            return new JdbiAuditTrail(database.jdbi(), 7);
        }

        /** Requests through their journeys until the log holds at least {@code entries} entries. */
        void history(int entries) {
            while (database.jdbi().withHandle(AuditLog::head).sequence() < entries) {
                CertificationRequest stored = repository().add(started());
                stored = repository().save(awaitingRegistries(stored));
                stored = repository().save(awaitingDocuments(stored));
                repository().save(submitted(stored));
            }
        }

        /** SQL run past every guard the schema has, as a writer of the database could. */
        void tamper(HandleConsumer<RuntimeException> change) {
            database.jdbi().useTransaction(h -> {
                if (postgres) {
                    h.execute("SET LOCAL session_replication_role = replica");
                }
                change.useHandle(h);
            });
        }

        @Test
        void aWriterOfTheDatabase_whoRewritesEntry100AndRecomputesEveryLaterHash_isFoundAtEntry100() {
            database.sealAuditChainWith(KEY, NOW);
            history(130);
            assertThat(trail().verifyAll()).isInstanceOfSatisfying(ChainCheck.Intact.class,
                    intact -> assertThat(intact.plainEntries()).isZero());

            tamper(h -> rewriteFrom(h, 100, "registries were not asked"));

            ChainCheck.Broken broken = (ChainCheck.Broken) trail().verifyAll();
            assertThat(broken.sequence()).isEqualTo(100);
            assertThat(broken.breach()).isEqualTo(Breach.NOT_KEYED);
            assertThat(broken.verified()).isEqualTo(99);
        }

        @Test
        void aRewriteWithAnotherKey_isFoundAtTheRewrittenEntry() {
            database.sealAuditChainWith(KEY, NOW);
            history(30);

            tamper(h -> rewriteFrom(h, 12, OTHER_KEY, "consent was never given"));

            ChainCheck.Broken broken = (ChainCheck.Broken) trail().verifyAll();
            assertThat(broken.sequence()).isEqualTo(12);
            assertThat(broken.breach()).isEqualTo(Breach.ALTERED_CONTENT);
        }

        @Test
        void aChainWrittenBeforeTheKey_isVouchedForByAKeyedEntry_andStaysVerifiable() {
            history(13);
            long plain = database.jdbi().withHandle(AuditLog::head).sequence();

            database.sealAuditChainWith(KEY, NOW);
            database.sealAuditChainWith(KEY, NOW); // a second start adds nothing
            history((int) plain + 10);

            ChainCheck check = trail().verifyAll();
            assertThat(check).isInstanceOfSatisfying(ChainCheck.Intact.class,
                    intact -> assertThat(intact.plainEntries()).isEqualTo(plain));
            AuditEntry adopted = entry(plain + 1);
            assertThat(adopted.event()).isEqualTo(AuditLog.KEY_ADOPTED);
            assertThat(adopted.sealedWith(KEY)).isTrue();
            assertThat(adopted.previousHash()).isEqualTo(entry(plain).hash());
            assertThat(entry(plain + 2).event()).isNotEqualTo(AuditLog.KEY_ADOPTED);
        }

        @Test
        void aPlainEntryRewrittenAfterTheKey_isFound_whereTheKeyedEntryNoLongerLinks() {
            history(13);
            long plain = database.jdbi().withHandle(AuditLog::head).sequence();
            database.sealAuditChainWith(KEY, NOW);
            history((int) plain + 5);

            tamper(h -> rewriteOnly(h, 5, plain, "no prohibition was found"));

            ChainCheck.Broken broken = (ChainCheck.Broken) trail().verifyAll();
            assertThat(broken.sequence()).isEqualTo(plain + 1);
            assertThat(broken.breach()).isEqualTo(Breach.BROKEN_LINK);
        }

        @Test
        void aDatabaseWrittenWithAnotherKey_isRefusedAtStart() {
            database.sealAuditChainWith(OTHER_KEY, NOW);
            history(5);

            assertThatThrownBy(() -> database.sealAuditChainWith(KEY, NOW))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("another key");
        }

        private AuditEntry entry(long sequence) {
            return database.jdbi().withHandle(h -> h.createQuery("SELECT " + AuditLogRow.COLUMNS
                    + " FROM audit_log WHERE seq = :seq").bind("seq", sequence).map(AuditLogRow::read)
                    .map(AuditLogRow::toDomain).one());
        }
    }

    /** Changes entry {@code from}'s detail and recomputes it and every later entry as plain SHA-256, head included. */
    static void rewriteFrom(Handle h, long from, String detail) {
        rewriteFrom(h, from, null, detail);
    }

    static void rewriteFrom(Handle h, long from, AuditKey key, String detail) {
        rewrite(h, from, Long.MAX_VALUE, key, detail);
    }

    /** Changes entry {@code from}'s detail and recomputes the plain entries up to {@code to}, which is all one can. */
    static void rewriteOnly(Handle h, long from, long to, String detail) {
        rewrite(h, from, to, null, detail);
    }

    private static void rewrite(Handle h, long from, long to, AuditKey key, String detail) {
        List<AuditEntry> entries = h.createQuery("SELECT " + AuditLogRow.COLUMNS + " FROM audit_log "
                        + "WHERE seq >= :from - 1 AND seq <= :to ORDER BY seq").bind("from", from).bind("to", to)
                .map(AuditLogRow::read).map(AuditLogRow::toDomain).list();
        ChainHead head = entries.get(0).head();
        for (AuditEntry entry : entries.subList(1, entries.size())) {
            var step = entry.sequence() == from ? new kz.medcert.domain.audit.AuditedStep(entry.requestId(),
                    entry.at(), entry.actor(), entry.event(), detail) : entry.step();
            AuditEntry forged = key == null ? AuditChain.append(head, step) : AuditChain.append(head, step, key);
            h.execute("UPDATE audit_log SET detail = ?, previous_hash = ?, hash = ? WHERE seq = ?", forged.detail(),
                    forged.previousHash(), forged.hash(), forged.sequence());
            head = forged.head();
        }
        if (to == Long.MAX_VALUE) {
            h.execute("UPDATE audit_head SET last_hash = ? WHERE id = 1", head.hash());
        }
    }

    static void emptyLog(Handle h) {
        h.execute("DELETE FROM audit_log");
        h.execute("UPDATE audit_head SET last_seq = 0, last_hash = ?", AuditChain.GENESIS_HASH);
    }
}
