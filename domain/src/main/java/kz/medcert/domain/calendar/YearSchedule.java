package kz.medcert.domain.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The days off and worked weekend days of one calendar year, derived from the reference data. */
final class YearSchedule {

    private record DatedHoliday(LocalDate date, String name, boolean moves) {
    }

    private final Map<LocalDate, String> weekdaysOff = new TreeMap<>();
    private final Map<LocalDate, String> weekendHolidays = new HashMap<>();
    private final Map<LocalDate, String> workedWeekendDays = new TreeMap<>();

    private YearSchedule() {
    }

    /** The schedule of a year: its holidays in force, and the covered year's lunar days and transfers if any. */
    static YearSchedule of(int year, Collection<Holiday> holidays, Optional<CalendarYear> covered) {
        YearSchedule schedule = new YearSchedule();
        List<DatedHoliday> dated = datedHolidays(year, holidays, covered);
        dated.stream().filter(h -> !Weekends.isWeekend(h.date())).forEach(schedule::markWeekdayHoliday);
        dated.stream().filter(h -> Weekends.isWeekend(h.date())).forEach(schedule::markWeekendHoliday);
        covered.ifPresent(y -> y.transfers().forEach(schedule::applyTransfer));
        return schedule;
    }

    private static List<DatedHoliday> datedHolidays(int year, Collection<Holiday> holidays,
            Optional<CalendarYear> covered) {
        List<DatedHoliday> dated = new ArrayList<>();
        for (Holiday holiday : holidays) {
            if (!holiday.inForce(year)) {
                continue;
            }
            String name = holiday.name().en();
            holiday.fixedDays().forEach(day -> dated.add(new DatedHoliday(day.atYear(year), name,
                    holiday.movesOffWeekend())));
            // R77: a lunar holiday (Kurban Ait) counts only where its day is in the data of the year
            covered.flatMap(y -> y.dateOf(holiday.code())).ifPresent(d -> dated.add(new DatedHoliday(d.date(), name,
                    holiday.movesOffWeekend())));
        }
        dated.sort(Comparator.comparing(DatedHoliday::date));
        return dated;
    }

    private void markWeekdayHoliday(DatedHoliday holiday) {
        weekdaysOff.merge(holiday.date(), holiday.name(), (a, b) -> a + ", " + b);
    }

    private void markWeekendHoliday(DatedHoliday holiday) {
        weekendHolidays.merge(holiday.date(), holiday.name(), (a, b) -> a + ", " + b);
        if (!holiday.moves()) {
            return; // R77: Orthodox Christmas and Kurban Ait are not moved
        }
        // R77: a weekend holiday moves to the next weekday that is not already a day off; processed in date order,
        // several holidays on one weekend take consecutive following working days.
        LocalDate target = holiday.date().plusDays(1);
        while (Weekends.isWeekend(target) || weekdaysOff.containsKey(target)) {
            target = target.plusDays(1);
        }
        weekdaysOff.put(target, "moved from " + holiday.date() + " (" + holiday.name() + ")");
    }

    private void applyTransfer(DayTransfer transfer) {
        // R77: government transfer decree (both days lie in the year, see CalendarFile)
        weekdaysOff.putIfAbsent(transfer.dayOff(),
                "transferred from " + transfer.workedWeekendDay() + " (government decree)");
        workedWeekendDays.put(transfer.workedWeekendDay(),
                "working day, transferred to " + transfer.dayOff() + " (government decree)");
    }

    boolean isWorkingDay(LocalDate date) {
        if (workedWeekendDays.containsKey(date)) {
            return true;
        }
        return !Weekends.isWeekend(date) && !weekdaysOff.containsKey(date);
    }

    Optional<String> whyNotWorking(LocalDate date) {
        if (isWorkingDay(date)) {
            return Optional.empty();
        }
        if (weekdaysOff.containsKey(date)) {
            return Optional.of(weekdaysOff.get(date));
        }
        String holiday = weekendHolidays.get(date);
        return Optional.of(holiday == null ? "weekend" : "weekend (" + holiday + ")");
    }

    SortedSet<LocalDate> weekdaysOff() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(weekdaysOff.keySet()));
    }

    SortedSet<LocalDate> workedWeekendDays() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(workedWeekendDays.keySet()));
    }
}
