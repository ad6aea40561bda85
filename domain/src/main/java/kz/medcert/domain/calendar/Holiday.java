package kz.medcert.domain.calendar;

import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.reference.LocalizedText;

/**
 * A public holiday of the Law "On holidays in the Republic of Kazakhstan" (R77): a day off on the same days every
 * year, or a lunar holiday (Kurban Ait) whose day is announced for each year.
 *
 * @param code            a stable code, e.g. {@code NAURYZ}
 * @param name            its name in Kazakh, Russian and English (the English one explains a day off)
 * @param fixedDays       the days it falls on every year; empty for a lunar holiday
 * @param movesOffWeekend whether a day that falls on a Saturday or Sunday moves to the next working day (R77: not
 *                        Orthodox Christmas, not Kurban Ait)
 * @param firstYear       the first year it is a holiday, empty if it always was (as far as the data go)
 * @param lastYear        the last year it is a holiday, empty while it still is
 * @param origin          where it was read
 */
public record Holiday(String code, LocalizedText name, List<MonthDay> fixedDays, boolean movesOffWeekend,
                      Optional<Year> firstYear, Optional<Year> lastYear, Origin origin) {

    public Holiday {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        fixedDays = List.copyOf(fixedDays);
        Objects.requireNonNull(firstYear, "firstYear");
        Objects.requireNonNull(lastYear, "lastYear");
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether its day is announced each year (lunar calendar) rather than fixed. */
    public boolean lunar() {
        return fixedDays.isEmpty();
    }

    /** Whether it is a holiday in the given year. */
    public boolean inForce(int year) {
        return firstYear.map(first -> first.getValue() <= year).orElse(true)
                && lastYear.map(last -> year <= last.getValue()).orElse(true);
    }

    /** Whether it is a holiday in some year in which the other one is as well. */
    boolean overlapsInTime(Holiday other) {
        int from = Math.max(firstYear.map(Year::getValue).orElse(Integer.MIN_VALUE),
                other.firstYear.map(Year::getValue).orElse(Integer.MIN_VALUE));
        int to = Math.min(lastYear.map(Year::getValue).orElse(Integer.MAX_VALUE),
                other.lastYear.map(Year::getValue).orElse(Integer.MAX_VALUE));
        return from <= to;
    }
}
