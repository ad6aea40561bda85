package kz.medcert.adapters.registries;

import java.time.Duration;

/** Waits out a simulated latency; tests replace it to run without waiting. */
@FunctionalInterface
interface Sleeper {
    Sleeper THREAD = duration -> {
        if (!duration.isZero()) {
            Thread.sleep(duration.toMillis());
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
