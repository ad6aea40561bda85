package kz.medcert.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The two databases the adapter runs on, told apart by the JDBC URL; what differs between them is kept here. */
enum Vendor {
    /**
     * Embedded, for local runs and tests. The JSON is a long VARCHAR, not a CLOB: a request is rewritten at every
     * step, and as a CLOB each rewrite grew the .lobs file by 32 KB, which did not shrink at shutdown, and took about
     * twice as long (measured over 2,000 updates). Attachment bytes, written once, are BLOBs: they stay out of the
     * row cache.
     */
    HSQLDB(Map.of("text_type", "VARCHAR(16777216)", "binary_type", "BLOB", "generated_storage", ""), List.of()),
    /** Production; its own migrations add what only PostgreSQL can do (the audit log's append-only trigger). */
    POSTGRESQL(Map.of("text_type", "TEXT", "binary_type", "BYTEA", "generated_storage", "STORED"),
            List.of("classpath:db/postgresql"));

    private static final String COMMON_MIGRATIONS = "classpath:db/migration";

    private final Map<String, String> placeholders;
    private final List<String> ownMigrations;

    Vendor(Map<String, String> placeholders, List<String> ownMigrations) {
        this.placeholders = placeholders;
        this.ownMigrations = ownMigrations;
    }

    static Vendor of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:hsqldb:")) {
            return HSQLDB;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database URL (HSQLDB or PostgreSQL expected): " + jdbcUrl);
    }

    /** Flyway placeholders that make the one set of migrations fit this database. */
    Map<String, String> placeholders() {
        return placeholders;
    }

    /** Where Flyway finds the migrations: the common ones, and this database's own (numbered between them). */
    String[] migrationLocations() {
        List<String> locations = new ArrayList<>();
        locations.add(COMMON_MIGRATIONS);
        locations.addAll(ownMigrations);
        return locations.toArray(String[]::new);
    }

    /**
     * Database-wide settings applied before migrating, whatever the URL said (URL properties only apply when an
     * HSQLDB database is created, so an existing one could otherwise keep a weaker setting).
     */
    List<String> settingsStatements() {
        if (this != HSQLDB) {
            return List.of();
        }
        return List.of(
                // Readers do not wait for writers, and a writer waits only for a writer of the same row.
                "SET DATABASE TRANSACTION CONTROL MVCC",
                // Rows on disk, read through a cache: the tables do not have to fit in the heap.
                "SET DATABASE DEFAULT TABLE TYPE CACHED",
                // Durability: with a write delay HSQLDB syncs its redo log only every 0.5 s, so a crash (kill -9,
                // power loss) could lose a commit already acknowledged to an applicant. FALSE writes and syncs the
                // log at every commit, as the port promises: a write is on disk when the method returns.
                "SET FILES WRITE DELAY FALSE");
    }

    /** An HSQLDB database inside this process (memory or files, not a server), which {@link Database} shuts down. */
    static boolean inProcess(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        return url.startsWith("jdbc:hsqldb:mem:") || url.startsWith("jdbc:hsqldb:file:");
    }
}
