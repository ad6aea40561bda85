package kz.medcert.domain.calendar;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import kz.medcert.domain.reference.ReferenceDataException;
import kz.medcert.domain.reference.ReferenceDataProblem;

/**
 * The reference data a working calendar is built from, as read from one or more files (see {@link CalendarFile}):
 * the holidays, the years it covers, and the acts the files name.
 */
public record CalendarData(List<Holiday> holidays, List<CalendarYear> years, List<String> acts) {

    public CalendarData {
        holidays = List.copyOf(holidays);
        years = List.copyOf(years);
        acts = List.copyOf(acts);
    }

    /**
     * The data of this and the other file together, as parts of one whole (the shipped files): a holiday or a year
     * given in both is a mistake.
     */
    public CalendarData with(CalendarData other) {
        List<ReferenceDataProblem> problems = new ArrayList<>();
        Map<String, Holiday> holidays = holidaysByCode();
        for (Holiday holiday : other.holidays) {
            Holiday before = holidays.putIfAbsent(holiday.code(), holiday);
            if (before != null) {
                problems.add(holiday.origin().problem("holiday " + holiday.code() + " is already given at "
                        + before.origin()));
            }
        }
        Map<Year, CalendarYear> years = yearsByNumber();
        for (CalendarYear year : other.years) {
            CalendarYear before = years.putIfAbsent(year.year(), year);
            if (before != null) {
                problems.add(year.origin().problem("year " + year.year() + " is already given at " + before.origin()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return new CalendarData(List.copyOf(holidays.values()), List.copyOf(years.values()), acts(other));
    }

    /**
     * These data with the other's laid over them (an administrator's file over the shipped calendar): a holiday of
     * the other replaces the one of the same code, a year of the other replaces the same year as a whole, and what
     * is new is added.
     */
    public CalendarData overriddenBy(CalendarData other) {
        Map<String, Holiday> holidays = holidaysByCode();
        other.holidays.forEach(h -> holidays.put(h.code(), h));
        Map<Year, CalendarYear> years = yearsByNumber();
        other.years.forEach(y -> years.put(y.year(), y));
        return new CalendarData(List.copyOf(holidays.values()), List.copyOf(years.values()), acts(other));
    }

    private Map<String, Holiday> holidaysByCode() {
        Map<String, Holiday> byCode = new LinkedHashMap<>();
        holidays.forEach(h -> byCode.put(h.code(), h));
        return byCode;
    }

    private Map<Year, CalendarYear> yearsByNumber() {
        Map<Year, CalendarYear> byNumber = new LinkedHashMap<>();
        years.forEach(y -> byNumber.put(y.year(), y));
        return byNumber;
    }

    private List<String> acts(CalendarData other) {
        LinkedHashSet<String> all = new LinkedHashSet<>(acts);
        all.addAll(other.acts);
        return List.copyOf(all);
    }
}
