package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** HSQLDB's statements are reused across handles, and a reused one carries nothing over from its last use. */
class PreparedStatementCacheTest {
    private final Database database = Database.open(Database.memoryUrl("statement-cache-" + System.nanoTime()),
            "SA", "", 2);
    private final Jdbi jdbi = database.jdbi();

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aStatementIsPreparedOncePerConnection_andReusedByLaterHandles() {
        AtomicInteger distinct = new AtomicInteger();
        java.util.Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < 20; i++) {
            jdbi.useHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_head WHERE id = :id").bind("id", 1)
                    .addCustomizer(new org.jdbi.v3.core.statement.StatementCustomizer() {
                        @Override
                        public void beforeExecution(java.sql.PreparedStatement stmt,
                                                    org.jdbi.v3.core.statement.StatementContext ctx) {
                            if (seen.add(stmt)) {
                                distinct.incrementAndGet();
                            }
                        }
                    })
                    .mapTo(Long.class).one());
        }

        assertThat(distinct.get()).as("statements prepared for 20 uses over a pool of 2").isLessThanOrEqualTo(2);
    }

    @Test
    void aReusedStatement_bindsOnlyWhatItIsGiven_andBatchesOnlyItsOwnRows() {
        jdbi.useHandle(h -> h.execute("CREATE TABLE cache_probe (id INTEGER PRIMARY KEY, label VARCHAR(20))"));
        for (int round = 0; round < 3; round++) {
            int base = round * 10;
            int[] counts = jdbi.withHandle(h -> {
                var batch = h.prepareBatch("INSERT INTO cache_probe (id, label) VALUES (:id, :label)");
                batch.bind("id", base + 1).bind("label", "a").add();
                batch.bind("id", base + 2).bind("label", "b").add();
                return batch.execute();
            });
            assertThat(counts).containsExactly(1, 1);
        }
        List<String> labels = jdbi.withHandle(h -> h.createQuery("SELECT label FROM cache_probe WHERE id > :from "
                + "ORDER BY id").bind("from", 20).mapTo(String.class).list());

        long rows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM cache_probe").mapTo(Long.class).one());

        assertThat(labels).containsExactly("a", "b");
        assertThat(rows).isEqualTo(6);
    }

    @Test
    void theSameSqlNestedInOneHandle_getsItsOwnStatement() {
        List<Long> outer = jdbi.withHandle(h -> h.createQuery("SELECT id FROM audit_head WHERE id >= :id")
                .bind("id", 0).mapTo(Long.class)
                .map(id -> id + h.createQuery("SELECT id FROM audit_head WHERE id >= :id").bind("id", 1)
                        .mapTo(Long.class).one())
                .list());

        assertThat(outer).containsExactly(2L);
    }

    @Test
    void aRolledBackTransaction_leavesNothing_throughReusedStatements() {
        jdbi.useHandle(h -> h.execute("CREATE TABLE cache_tx (id INTEGER PRIMARY KEY)"));
        jdbi.useTransaction(h -> h.createUpdate("INSERT INTO cache_tx (id) VALUES (:id)").bind("id", 1).execute());
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("INSERT INTO cache_tx (id) VALUES (:id)").bind("id", 2).execute();
                throw new IllegalStateException("abort");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }

        List<Integer> ids = jdbi.withHandle(h -> h.createQuery("SELECT id FROM cache_tx").mapTo(Integer.class).list());

        assertThat(ids).containsExactly(1);
    }
}
