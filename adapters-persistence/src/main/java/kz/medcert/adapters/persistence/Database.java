package kz.medcert.adapters.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import kz.medcert.domain.audit.AuditKey;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's database: a connection pool and a {@link Jdbi} over it, with the schema migrated to the latest
 * version on opening. HSQLDB in files for local runs ({@link #fileUrl}), in memory for tests ({@link #memoryUrl}),
 * PostgreSQL in production ({@code jdbc:postgresql://host:5432/medcert}).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final int DEFAULT_POOL_SIZE = 10;
    // Needs the connection, the session and the migrated schema; returns no row, so it costs next to nothing.
    private static final String PING = "SELECT COUNT(*) FROM certification_request WHERE 1 = 0";
    private static final int PING_TIMEOUT_SECONDS = 2;

    private final String url;
    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private volatile boolean closed;
    private RegisterChangeListener registerListener;

    private Database(String url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
        if (Vendor.of(url) == Vendor.HSQLDB) {
            jdbi.setStatementBuilderFactory(new PreparedStatementCache());
        }
        jdbi.getConfig(RegisterEntryCache.class).vendor(Vendor.of(url));
    }

    private static final int STALE_LOCK_WAIT_SECONDS = 30;

    /** Opens a pool of connections and migrates the schema. */
    public static Database open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
    }

    public static Database open(String jdbcUrl, String user, String password, int poolSize) {
        Vendor vendor = Vendor.of(Objects.requireNonNull(jdbcUrl, "jdbcUrl"));
        HikariDataSource pool = poolWaitingForStaleLock(poolConfig(jdbcUrl, user, password, poolSize));
        Database database = new Database(jdbcUrl, pool);
        try {
            database.prepare(vendor);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * After a crash (kill -9) HSQLDB's lock file stays behind and is honoured until its heartbeat is about ten seconds
     * old; a restart waits for it (up to {@value #STALE_LOCK_WAIT_SECONDS} s) instead of failing to start.
     */
    private static HikariDataSource poolWaitingForStaleLock(com.zaxxer.hikari.HikariConfig config) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(STALE_LOCK_WAIT_SECONDS);
        while (true) {
            try {
                return new HikariDataSource(config);
            } catch (RuntimeException e) {
                if (!staleLock(e) || System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean staleLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("lock acquisition failure")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An HSQLDB database kept in files under {@code dataDirectory}; the properties apply when it is created, and
     * {@link #open} enforces the same settings on an existing one.
     */
    public static String fileUrl(Path dataDirectory) {
        return "jdbc:hsqldb:file:" + dataDirectory.toAbsolutePath().resolve("medcert")
                + ";hsqldb.write_delay=false;hsqldb.tx=mvcc;hsqldb.default_table_type=cached";
    }

    /** A private in-memory HSQLDB database, gone when closed; for tests. */
    public static String memoryUrl(String name) {
        return "jdbc:hsqldb:mem:" + name + ";hsqldb.tx=mvcc";
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The audit chain is sealed and verified with {@code key}, without writing anything now (to verify it). */
    public Database withAuditKey(AuditKey key) {
        jdbi.getConfig(AuditSealing.class).key(Objects.requireNonNull(key, "key"));
        return this;
    }

    /**
     * From now on the audit chain is sealed with {@code key} (HMAC-SHA256) and verified with it. A chain that ends
     * in entries written before the service had its key gets a keyed entry now, which vouches for them (see
     * {@link AuditLog#adoptKey}).
     *
     * @throws IllegalStateException when the chain's last entry was sealed with another key
     */
    public Database sealAuditChainWith(AuditKey key, Instant now) {
        withAuditKey(key);
        for (int attempt = 1; ; attempt++) {
            try {
                if (jdbi.inTransaction(h -> AuditLog.adoptKey(h, key, now))) {
                    LOG.info("audit chain: the entries written before the service had its key are now vouched for by "
                            + "a keyed entry; every entry from here on is sealed with HMAC-SHA256");
                }
                return this;
            } catch (org.jdbi.v3.core.statement.StatementException e) {
                if (!Transactions.retryable(e) || attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /**
     * From now on the connection pool reports its figures (connections active, idle, pending; how long a connection
     * took to get and was held) to {@code tracker}, e.g. HikariCP's own Micrometer tracker, under the pool name
     * {@code medcert-db}. Once per database.
     */
    public Database meterPool(MetricsTrackerFactory tracker) {
        pool.setMetricsTrackerFactory(Objects.requireNonNull(tracker, "tracker"));
        return this;
    }

    /**
     * From now on the register's entries are kept in memory for reading ({@link RegisterEntryCache}). On PostgreSQL the
     * memory is used only while a connection of its own listens for the changes other instances announce (a few
     * milliseconds after their commit); HSQLDB is embedded, one instance at a time, so there is no one else to hear.
     * Once per database.
     */
    public synchronized Database cacheRegisterEntries() {
        RegisterEntryCache cache = jdbi.getConfig(RegisterEntryCache.class);
        if (Vendor.of(url) == Vendor.POSTGRESQL) {
            if (registerListener == null) {
                cache.enable(false);
                registerListener = RegisterChangeListener.start(url, pool.getUsername(), pool.getPassword(), cache);
            }
        } else {
            cache.enable(true);
        }
        return this;
    }

    /** For /health: true when a connection can be had and the schema answers within a couple of seconds. */
    public boolean readiness() {
        if (closed) {
            return false;
        }
        try {
            return jdbi.withHandle(h -> h.createQuery(PING).setQueryTimeout(PING_TIMEOUT_SECONDS)
                    .mapTo(Long.class).one()) == 0L;
        } catch (RuntimeException e) {
            LOG.warn("database not ready: {}", e.toString());
            return false;
        }
    }

    /** Shuts an embedded HSQLDB down cleanly (a checkpoint, so the next start need not replay the log). */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (this) {
            if (registerListener != null) {
                registerListener.close();
            }
        }
        try {
            if (Vendor.inProcess(url)) {
                jdbi.useHandle(h -> h.execute("SHUTDOWN"));
            }
        } catch (RuntimeException e) {
            LOG.warn("HSQLDB did not shut down cleanly: {}", e.toString());
        } finally {
            pool.close();
        }
    }

    private void prepare(Vendor vendor) {
        jdbi.useHandle(h -> vendor.settingsStatements().forEach(h::execute));
        if (vendor == Vendor.POSTGRESQL) {
            warnIfCommitsAreNotDurable();
        }
        if (jdbi.withHandle(Database::schemaIsCurrent)) {
            return;
        }
        migrations(vendor).dataSource(pool).load().migrate();
    }

    /**
     * Whether the schema history's newest row is this build's newest migration ({@link #SCHEMA_VERSION}), applied
     * successfully. Then Flyway would apply nothing, and a restart skips its scan of the migrations and check of
     * their checksums, about a sixth of a restart (Flyway 13 also loads a Jackson of its own for its configuration).
     * Anything else (a fresh database, an older or a newer schema, a failed migration) goes through Flyway's migrate,
     * which validates what was applied before it applies anything.
     */
    static boolean schemaIsCurrent(Handle h) {
        try {
            return h.createQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                            + "ORDER BY \"installed_rank\" DESC LIMIT 1")
                    .map((rs, ctx) -> SCHEMA_VERSION.equals(rs.getString("version")) && rs.getBoolean("success"))
                    .findOne().orElse(false);
        } catch (StatementException e) {
            return false; // no history: a database Flyway has not seen
        }
    }

    /** The version of this build's newest migration; SchemaVersionTest holds it to what Flyway finds. */
    static final String SCHEMA_VERSION = "33";

    /** Every migration of the schema for {@code vendor}: the SQL ones, and those written in Java (V9, V18, V31). */
    static FluentConfiguration migrations(Vendor vendor) {
        return Flyway.configure(Database.class.getClassLoader())
                .locations(vendor.migrationLocations())
                .placeholders(vendor.placeholders())
                .javaMigrations(new V9__register_supersession(), new V18__request_queue(),
                        new V31__request_queue_copies());
    }

    // PostgreSQL flushes its WAL at each commit unless synchronous_commit is off: the operator's setting is kept,
    // but a weaker one is reported, since the port promises that a committed write survives a crash.
    private void warnIfCommitsAreNotDurable() {
        String setting = jdbi.withHandle(h -> h.createQuery("SHOW synchronous_commit").mapTo(String.class).one());
        if ("off".equalsIgnoreCase(setting)) {
            LOG.warn("synchronous_commit is off: a crash may lose recently acknowledged writes");
        }
    }

    private static HikariConfig poolConfig(String jdbcUrl, String user, String password, int poolSize) {
        if (poolSize < 1) {
            throw new IllegalArgumentException("pool size must be at least 1, got " + poolSize);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("medcert-db");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setConnectionTimeout(10_000);
        if (Vendor.inProcess(jdbcUrl)) {
            // Nothing to recycle in an embedded database; keeping the connections also keeps HSQLDB from shutting
            // down between two of them when the URL says shutdown=true.
            config.setMaxLifetime(0);
            config.setIdleTimeout(0);
        }
        return config;
    }
}
