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
    private final Map<LocalDate, String> workedWeekendDays = new HashMap<>();

    private YearSchedule() {
    }

    static YearSchedule of(int year, Collection<FixedHoliday> fixed, Optional<LocalDate> kurbanAit,
            Collection<DayTransfer> transfers) {
        YearSchedule schedule = new YearSchedule();
        List<DatedHoliday> holidays = datedHolidays(year, fixed, kurbanAit);
        holidays.stream().filter(h -> !Weekends.isWeekend(h.date())).forEach(schedule::markWeekdayHoliday);
        holidays.stream().filter(h -> Weekends.isWeekend(h.date())).forEach(schedule::markWeekendHoliday);
        transfers.forEach(t -> schedule.applyTransfer(year, t));
        return schedule;
    }

    private static List<DatedHoliday> datedHolidays(int year, Collection<FixedHoliday> fixed,
            Optional<LocalDate> kurbanAit) {
        List<DatedHoliday> holidays = new ArrayList<>();
        fixed.forEach(h -> holidays.add(new DatedHoliday(h.date().atYear(year), h.name(), h.movesOffWeekend())));
        // R77: Kurban Ait (first day) is a holiday that never moves off a weekend.
        kurbanAit.ifPresent(d -> holidays.add(new DatedHoliday(d, "Kurban Ait", false)));
        holidays.sort(Comparator.comparing(DatedHoliday::date));
        return holidays;
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

    private void applyTransfer(int year, DayTransfer transfer) {
        // R77: government transfer decree; each side applies in the year it falls in.
        if (transfer.dayOff().getYear() == year) {
            weekdaysOff.putIfAbsent(transfer.dayOff(),
                    "transferred from " + transfer.workedWeekendDay() + " (government decree)");
        }
        if (transfer.workedWeekendDay().getYear() == year) {
            workedWeekendDays.put(transfer.workedWeekendDay(),
                    "working day, transferred to " + transfer.dayOff() + " (government decree)");
        }
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
}
