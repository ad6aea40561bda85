package kz.medcert.domain.request;

import java.time.Instant;
import java.util.Objects;

/** One step in a request's history, shown to the applicant (R80). */
public record HistoryEntry(Instant at, String event, String detail) {
    public HistoryEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(detail, "detail");
    }
}
