package kz.medcert.domain.dossier;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Days, both ends inclusive, on which no row of the labour activity table was running (R40, R45). */
public record EmploymentGap(LocalDate from, LocalDate to) {

    public EmploymentGap {
        Objects.requireNonNull(from, "gap from");
        Objects.requireNonNull(to, "gap to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("gap ends " + to + " before it starts " + from);
        }
    }

    /** Calendar days without employment: a dismissal on Friday and a hire on Monday leave a gap of 2. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
