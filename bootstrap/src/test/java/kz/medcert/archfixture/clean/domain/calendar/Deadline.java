package kz.medcert.archfixture.clean.domain.calendar;

import java.time.LocalDate;
import java.time.Period;

/** A due date computed from a start date that is given, never read from a clock. */
public record Deadline(LocalDate due) {
    public static Deadline after(LocalDate start, Period period) {
        return new Deadline(start.plus(period));
    }
}
