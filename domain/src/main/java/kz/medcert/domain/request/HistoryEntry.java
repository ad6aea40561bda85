package kz.medcert.domain.request;

import java.time.Instant;
import java.util.Objects;

/**
 * One step in a request's history, shown to the applicant (R80) and written to the audit trail.
 *
 * @param actor who took the step, as a non-personal audit label (see {@code Actor.auditLabel()}); "SYSTEM" when the
 *              service itself did
 */
public record HistoryEntry(Instant at, String event, String detail, String actor) {
    public static final String SYSTEM = "SYSTEM";

    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(detail, "detail");
        actor = Objects.requireNonNull(actor, "actor").isBlank() ? SYSTEM : actor;
    }

    public HistoryEntry(Instant at, String event, String detail) {
        this(at, event, detail, SYSTEM);
    }
}
