package kz.medcert.adapters.http.operations;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Something {@code GET /health/ready} (and {@code /health}) asks before it answers UP, e.g. "the database answers". A
 * check that throws, or does not answer within the time limit, counts as not ready.
 */
public interface ReadinessCheck {

    /** A short stable name, reported in the health answer (e.g. {@code database}). */
    String name();

    boolean isReady();

    /** The check {@code name} that asks {@code ready}. */
    static ReadinessCheck of(String name, BooleanSupplier ready) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ready, "ready");
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isReady() {
                return ready.getAsBoolean();
            }
        };
    }
}
