package kz.medcert.bootstrap;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import kz.medcert.adapters.persistence.Database;

/**
 * The database being opened on a thread of its own: opening it (HSQLDB reading its files, PostgreSQL's first
 * connection) and migrating a fresh schema take about half of a start, and need nothing else that is wired, so the
 * rest of the object graph is built meanwhile. Whoever needs the database first waits for it ({@link #join}); a
 * failure to open is thrown there, as it was thrown when the database was opened in place.
 */
final class DatabaseOpening {
    private final CompletableFuture<Database> opening = new CompletableFuture<>();

    private DatabaseOpening() {
    }

    static DatabaseOpening start(Supplier<Database> open) {
        DatabaseOpening database = new DatabaseOpening();
        Thread opener = new Thread(() -> {
            try {
                database.opening.complete(open.get());
            } catch (Throwable e) {
                database.opening.completeExceptionally(e);
            }
        }, "database-opening");
        opener.setDaemon(true);
        opener.start();
        return database;
    }

    /** The open database, once it is; what opening it threw, as it was thrown. */
    Database join() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Closes the database once it is open, when the start fails before anything took it over. */
    void closeWhenOpen() {
        opening.thenAccept(Database::close);
    }
}
