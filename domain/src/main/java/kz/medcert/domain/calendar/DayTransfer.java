package kz.medcert.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A government transfer decree: a weekend day becomes a working day and a weekday becomes a day off (R77).
 *
 * @param workedWeekendDay the Saturday or Sunday that is worked
 * @param dayOff           the weekday that becomes a day off
 */
public record DayTransfer(LocalDate workedWeekendDay, LocalDate dayOff) {

    public DayTransfer {
        Objects.requireNonNull(workedWeekendDay, "workedWeekendDay");
        Objects.requireNonNull(dayOff, "dayOff");
        if (!Weekends.isWeekend(workedWeekendDay)) {
            throw new IllegalArgumentException("The worked day of a transfer must be a weekend day: " + workedWeekendDay);
        }
        if (Weekends.isWeekend(dayOff)) {
            throw new IllegalArgumentException("The day off of a transfer must be a weekday: " + dayOff);
        }
    }
}
