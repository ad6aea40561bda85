package kz.medcert.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A government transfer decree (Labour Code art. 85(3)): a weekend day becomes a working day and a weekday becomes a
 * day off (R77).
 *
 * @param workedWeekendDay the Saturday or Sunday that is worked
 * @param dayOff           the weekday that becomes a day off
 * @param decree           the decree that transfers it
 * @param origin           where it was read
 */
public record DayTransfer(LocalDate workedWeekendDay, LocalDate dayOff, String decree, Origin origin) {

    public DayTransfer {
        Objects.requireNonNull(workedWeekendDay, "workedWeekendDay");
        Objects.requireNonNull(dayOff, "dayOff");
        Objects.requireNonNull(decree, "decree");
        Objects.requireNonNull(origin, "origin");
        if (!Weekends.isWeekend(workedWeekendDay)) {
            throw new IllegalArgumentException("The worked day of a transfer must be a weekend day: " + workedWeekendDay);
        }
        if (Weekends.isWeekend(dayOff)) {
            throw new IllegalArgumentException("The day off of a transfer must be a weekday: " + dayOff);
        }
    }
}
