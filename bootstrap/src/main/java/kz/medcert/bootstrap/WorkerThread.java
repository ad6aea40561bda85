package kz.medcert.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The one daemon thread a background worker runs its rounds on, and how it stops (Java 17 has no executor close). */
final class WorkerThread {
    private WorkerThread() {
    }

    /** A single daemon thread named {@code name}: it never keeps the JVM alive. */
    static ScheduledExecutorService named(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Lets a round under way finish for up to {@code grace}, then interrupts it. */
    static void stop(ScheduledExecutorService thread, Duration grace) {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
