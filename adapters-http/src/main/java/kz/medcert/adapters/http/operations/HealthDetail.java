package kz.medcert.adapters.http.operations;

/**
 * Something {@code GET /health} reports beside its checks, under {@code details} (e.g. how far the working calendar
 * reaches); it never makes the service DOWN. A detail that throws is left out.
 */
public interface HealthDetail {

    /** A short stable name, the key under {@code details} (e.g. {@code workingCalendar}). */
    String name();

    /** The detail as it is now, written as JSON. */
    Object detail();
}
