package kz.medcert.adapters.http;

/**
 * Something {@code GET /health} asks before it answers UP, e.g. "the database answers". A check that throws counts
 * as not ready.
 */
public interface ReadinessCheck {

    /** A short stable name, reported in the health answer (e.g. {@code database}). */
    String name();

    boolean isReady();
}
