package kz.medcert.domain.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** Immutable working-day calendar (R77): weekends, public holidays, weekend moves and government transfers. */
public final class WorkingCalendar {

    private final List<FixedHoliday> fixedHolidays;
    private final Map<Year, LocalDate> kurbanAit;
    private final List<DayTransfer> transfers;
    /** Derived per-year schedules; a cache of pure functions of the fields above, so the calendar stays immutable. */
    private final Map<Integer, YearSchedule> schedules = new ConcurrentHashMap<>();

    WorkingCalendar(List<FixedHoliday> fixedHolidays, Map<Year, LocalDate> kurbanAit, List<DayTransfer> transfers) {
        this.fixedHolidays = List.copyOf(fixedHolidays);
        this.kurbanAit = Map.copyOf(kurbanAit);
        this.transfers = List.copyOf(transfers);
    }

    /** The national calendar of Kazakhstan, authoritative for the years in {@link #coveredYears()}. */
    public static WorkingCalendar kazakhstan() {
        return KazakhstanCalendarData.CALENDAR;
    }

    /** A builder for calendars from other reference data (e.g. in tests, or a year added at run time). */
    public static WorkingCalendarBuilder builder() {
        return new WorkingCalendarBuilder();
    }

    /**
     * Whether the year's lunar holiday and transfer decrees are in the data. For other years the calendar still
     * answers from the fixed holidays and weekend moves, without Kurban Ait or transfers.
     */
    public boolean covers(Year year) {
        return kurbanAit.containsKey(year);
    }

    /** The years for which the calendar is authoritative. */
    public SortedSet<Year> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(kurbanAit.keySet()));
    }

    /** R77: whether the provider works on this day. */
    public boolean isWorkingDay(LocalDate date) {
        return schedule(date).isWorkingDay(date);
    }

    /** Why the day is not a working day ("weekend", "Nauryz", "moved from 2025-03-22 (Nauryz)"); empty if it is. */
    public Optional<String> whyNotWorking(LocalDate date) {
        return schedule(date).whyNotWorking(date);
    }

    /** Weekdays (Mon–Fri) that are days off in the year: holidays, moved holidays and transferred days off. */
    public SortedSet<LocalDate> daysOff(Year year) {
        return schedule(year.getValue()).weekdaysOff();
    }

    /** The first working day strictly after the given date. */
    public LocalDate nextWorkingDayAfter(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** The n-th working day strictly after start (n ≥ 1). */
    public LocalDate workingDaysAfter(LocalDate start, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate day = start;
        for (int i = 0; i < n; i++) {
            day = nextWorkingDayAfter(day);
        }
        return day;
    }

    /**
     * The number of working days in (exclusiveStart, inclusiveEnd]; negative (the count of (inclusiveEnd,
     * exclusiveStart], negated) when the end lies before the start.
     */
    public int workingDaysBetween(LocalDate exclusiveStart, LocalDate inclusiveEnd) {
        if (inclusiveEnd.isBefore(exclusiveStart)) {
            return -workingDaysBetween(inclusiveEnd, exclusiveStart);
        }
        int count = 0;
        for (LocalDate d = exclusiveStart.plusDays(1); !d.isAfter(inclusiveEnd); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private YearSchedule schedule(LocalDate date) {
        return schedule(Objects.requireNonNull(date, "date").getYear());
    }

    private YearSchedule schedule(int year) {
        return schedules.computeIfAbsent(year, y -> YearSchedule.of(y, fixedHolidays,
                Optional.ofNullable(kurbanAit.get(Year.of(y))), transfers));
    }
}
