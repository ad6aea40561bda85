package kz.medcert.domain.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.reference.LocalizedText;

/**
 * How far the working calendar reaches, seen from one day: from {@value #WARNING_DAYS} days before its last day
 * administrators are warned, so that the next year is added before deadlines stop being authoritative (R77).
 *
 * @param firstDay the first day the calendar is authoritative for
 * @param lastDay  the last day it is authoritative for
 * @param today    the day it is seen from
 * @param daysLeft days from today to the last day (0 on the last day, negative once it has passed)
 * @param warning  what administrators must do, in kk/ru/en, from {@value #WARNING_DAYS} days before the last day
 */
public record CalendarCoverage(LocalDate firstDay, LocalDate lastDay, LocalDate today, long daysLeft,
                               Optional<LocalizedText> warning) {
    /** Administrators are warned from this many days before the calendar's last day. */
    public static final int WARNING_DAYS = 60;

    public CalendarCoverage {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(warning, "warning");
    }

    static CalendarCoverage of(LocalDate firstDay, LocalDate lastDay, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, lastDay);
        return new CalendarCoverage(firstDay, lastDay, today, daysLeft, warning(lastDay, daysLeft));
    }

    private static Optional<LocalizedText> warning(LocalDate lastDay, long daysLeft) {
        int next = lastDay.getYear() + 1;
        if (daysLeft < 0) {
            return Optional.of(LocalizedText.of(
                    "Жұмыс күнтізбесі " + lastDay + " аяқталды: содан кейінгі мерзімдер анық емес. " + next
                            + " жылдың күнтізбесін қосыңыз.",
                    "Производственный календарь закончился " + lastDay + ": сроки после этой даты недостоверны. "
                            + "Добавьте календарь на " + next + " год.",
                    "The working calendar ended on " + lastDay + ": deadlines after it are not authoritative. Add the "
                            + "calendar of " + next + "."));
        }
        if (daysLeft > WARNING_DAYS) {
            return Optional.empty();
        }
        return Optional.of(LocalizedText.of(
                "Жұмыс күнтізбесі " + lastDay + " аяқталады (" + daysLeft + " күн қалды): " + next
                        + " жылдың күнтізбесін қосыңыз, әйтпесе одан кейінгі мерзімдер анық болмайды.",
                "Производственный календарь заканчивается " + lastDay + " (осталось дней: " + daysLeft
                        + "): добавьте календарь на " + next + " год, иначе сроки после этой даты будут недостоверны.",
                "The working calendar ends on " + lastDay + " (" + daysLeft + " days left): add the calendar of "
                        + next + ", or deadlines after that day will not be authoritative."));
    }

    /** Whether administrators are to be warned. */
    public boolean warns() {
        return warning.isPresent();
    }
}
