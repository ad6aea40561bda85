package kz.medcert.domain.calendar;

import java.time.MonthDay;
import java.util.Objects;

/**
 * A public holiday on the same calendar day every year.
 *
 * @param date                 the month and day
 * @param name                 the holiday's name, used in explanations
 * @param movesOffWeekend      whether it moves to the next working day when it falls on a Saturday or Sunday (R77)
 */
public record FixedHoliday(MonthDay date, String name, boolean movesOffWeekend) {

    public FixedHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
