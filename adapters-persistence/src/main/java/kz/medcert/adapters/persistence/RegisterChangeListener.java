package kz.medcert.adapters.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on its own PostgreSQL connection for the register changes that any instance announces (see
 * {@link RegisterEntryCache#changed}) and drops those entries from this instance's memory. The cache is used only
 * while the connection listens: it starts suspended, resumes (empty) once {@code LISTEN} is in place, and is
 * suspended again as soon as the connection fails, then listened again after {@link #RETRY}. A connection that dies
 * without a word is found by a query every {@link #CHECK_EVERY}, which gives up after {@link #SOCKET_TIMEOUT}.
 */
final class RegisterChangeListener implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterChangeListener.class);
    static final Duration CHECK_EVERY = Duration.ofSeconds(2);
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(5);
    static final Duration RETRY = Duration.ofSeconds(1);

    private final String url;
    private final Properties credentials;
    private final RegisterEntryCache cache;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;

    private RegisterChangeListener(String url, String user, String password, RegisterEntryCache cache) {
        this.url = url;
        this.credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        credentials.setProperty("socketTimeout", Long.toString(SOCKET_TIMEOUT.toSeconds()));
        credentials.setProperty("ApplicationName", "medcert register listener");
        this.cache = cache;
        this.thread = new Thread(this::run, "register-change-listener");
        thread.setDaemon(true);
    }

    /** Starts listening in the background; the cache stays suspended until the first {@code LISTEN} is in place. */
    static RegisterChangeListener start(String url, String user, String password, RegisterEntryCache cache) {
        cache.suspend();
        RegisterChangeListener listener = new RegisterChangeListener(url, user, password, cache);
        listener.thread.start();
        return listener;
    }

    private void run() {
        while (!closed) {
            try (Connection c = DriverManager.getConnection(url, credentials)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + RegisterEntryCache.CHANNEL);
                }
                cache.resume();
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (!closed) {
                    LOG.warn("register change listener: {}; verification reads the database until it listens again",
                            e.toString());
                }
            } finally {
                cache.suspend();
                connection = null;
            }
            pause(RETRY);
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
        while (!closed) {
            PGNotification[] notifications = pg.getNotifications((int) CHECK_EVERY.toMillis());
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    cache.announced(n.getParameter());
                }
            }
            if (System.nanoTime() - nextCheck >= 0) {
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
                nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
            }
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        thread.interrupt();
        try {
            thread.join(SOCKET_TIMEOUT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
