package kz.medcert.domain.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/** A closed range of days [from, to], e.g. the 5-year professional development window (R26, R32). */
public record DateWindow(LocalDate from, LocalDate to) {
    public DateWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("window ends before it starts: " + from + ".." + to);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
