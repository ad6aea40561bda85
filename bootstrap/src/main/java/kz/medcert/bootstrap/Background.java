package kz.medcert.bootstrap;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A part of the start made on a thread of its own while Guice builds the rest: opening the database (HSQLDB reading
 * its files or PostgreSQL's first connection, and migrating a fresh schema: about half of a first start) and reading
 * the demo persons need nothing else that is wired. Whoever needs the part first waits for it ({@link #join}); what
 * making it threw is thrown there, as it was thrown when the part was made in place.
 */
final class Background<T> {
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Background() {
    }

    static <T> Background<T> start(String name, Supplier<T> make) {
        Background<T> part = new Background<>();
        Thread maker = new Thread(() -> {
            try {
                part.result.complete(make.get());
            } catch (Throwable e) {
                part.result.completeExceptionally(e);
            }
        }, name);
        maker.setDaemon(true);
        maker.start();
        return part;
    }

    /** The part, once it is made; what making it threw, as it was thrown. */
    T join() {
        try {
            return result.join();
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

    /** Hands the part to {@code cleanUp} once it is made, when the start fails before anything took it over. */
    void whenMade(Consumer<T> cleanUp) {
        result.thenAccept(cleanUp);
    }
}
