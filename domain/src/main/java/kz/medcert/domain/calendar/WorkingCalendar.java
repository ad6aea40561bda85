package kz.medcert.domain.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import kz.medcert.domain.reference.ReferenceDataException;
import kz.medcert.domain.reference.ReferenceDataProblem;

/**
 * Immutable working-day calendar (R77): weekends, public holidays, weekend moves and government transfers, built from
 * reference data files ({@link CalendarFile}) that name the acts they follow.
 */
public final class WorkingCalendar {

    private final List<Holiday> holidays;
    private final Map<Year, CalendarYear> years;
    private final List<String> acts;
    /** Derived per-year schedules; a cache of pure functions of the fields above, so the calendar stays immutable. */
    private final Map<Integer, YearSchedule> schedules = new ConcurrentHashMap<>();

    private WorkingCalendar(CalendarData data) {
        this.holidays = data.holidays();
        this.years = Collections.unmodifiableMap(new TreeMap<>(data.years().stream()
                .collect(Collectors.toMap(CalendarYear::year, y -> y))));
        this.acts = data.acts();
    }

    /** The national calendar of Kazakhstan shipped in the jar, authoritative for the years in {@link #coveredYears()}. */
    public static WorkingCalendar kazakhstan() {
        return KazakhstanCalendar.SHIPPED;
    }

    /**
     * The shipped calendar of Kazakhstan with an administrator's data laid over it (a year added, a year replaced by
     * one with its transfer decree, a holiday changed by law): see {@link CalendarData#overriddenBy}.
     *
     * @throws ReferenceDataException when the result is not a whole calendar, naming each problem's file and line
     */
    public static WorkingCalendar kazakhstan(CalendarData override) {
        return of(KazakhstanCalendar.DATA.overriddenBy(override));
    }

    /**
     * A calendar from the given data, checked as a whole: every lunar holiday has its day in every covered year,
     * the covered years follow one another, no transfer touches a holiday, and no two fixed holidays share a day.
     *
     * @throws ReferenceDataException listing every problem, each with its file and line
     */
    public static WorkingCalendar of(CalendarData data) {
        List<ReferenceDataProblem> problems = CalendarCheck.problems(Objects.requireNonNull(data, "data"));
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return new WorkingCalendar(data);
    }

    /**
     * Whether the year's lunar holidays and transfer decrees are in the data. For other years the calendar still
     * answers from the fixed holidays and weekend moves, without Kurban Ait or transfers.
     */
    public boolean covers(Year year) {
        return years.containsKey(year);
    }

    /** The years for which the calendar is authoritative (they follow one another). */
    public SortedSet<Year> coveredYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /** The first day the calendar is authoritative for. */
    public LocalDate firstCoveredDay() {
        return coveredYears().first().atDay(1);
    }

    /** The last day the calendar is authoritative for: deadlines after it carry a note (R77). */
    public LocalDate lastCoveredDay() {
        return coveredYears().last().atMonth(12).atEndOfMonth();
    }

    /** How far the calendar reaches seen from {@code today}, with a warning from 60 days before its last day. */
    public CalendarCoverage coverageOn(LocalDate today) {
        return CalendarCoverage.of(firstCoveredDay(), lastCoveredDay(), today);
    }

    /** The public holidays, in the order of the data. */
    public List<Holiday> holidays() {
        return holidays;
    }

    /** The covered years with their lunar days, transfer decrees and acts, in order. */
    public List<CalendarYear> years() {
        return years.values().stream().sorted(Comparator.comparing(CalendarYear::year)).toList();
    }

    /** The acts the calendar's files name. */
    public List<String> acts() {
        return acts;
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

    /** Saturdays and Sundays of the year that a transfer decree makes working days. */
    public SortedSet<LocalDate> workedWeekendDays(Year year) {
        return schedule(year.getValue()).workedWeekendDays();
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
        return schedules.computeIfAbsent(year, y -> YearSchedule.of(y, holidays,
                Optional.ofNullable(years.get(Year.of(y)))));
    }
}
