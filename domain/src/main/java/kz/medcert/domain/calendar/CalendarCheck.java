package kz.medcert.domain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.medcert.domain.reference.ReferenceDataProblem;

/**
 * What only the whole calendar can tell is wrong (R77): so that the service never runs on half a calendar, every
 * covered year must be given whole and the years must follow one another.
 */
final class CalendarCheck {
    private final CalendarData data;
    private final Map<String, Holiday> holidays;
    private final List<ReferenceDataProblem> problems = new ArrayList<>();

    private CalendarCheck(CalendarData data) {
        this.data = data;
        this.holidays = data.holidays().stream().collect(Collectors.toMap(Holiday::code, Function.identity()));
    }

    static List<ReferenceDataProblem> problems(CalendarData data) {
        CalendarCheck check = new CalendarCheck(data);
        check.fixedHolidaysDoNotCollide();
        check.yearsFollowOneAnother();
        data.years().forEach(check::yearIsWhole);
        return List.copyOf(check.problems);
    }

    private void fixedHolidaysDoNotCollide() {
        List<Holiday> all = data.holidays();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Holiday a = all.get(i);
                Holiday b = all.get(j);
                Optional<MonthDay> shared = a.fixedDays().stream().filter(b.fixedDays()::contains).findFirst();
                if (shared.isPresent() && a.overlapsInTime(b)) {
                    problems.add(b.origin().problem("holiday " + b.code() + " falls on " + shared.get()
                            + " like " + a.code() + " (" + a.origin() + ") in the same years"));
                }
            }
        }
    }

    private void yearsFollowOneAnother() {
        List<CalendarYear> years = data.years().stream().sorted(Comparator.comparing(CalendarYear::year)).toList();
        if (years.isEmpty()) {
            problems.add(new ReferenceDataProblem("calendar", 0, "no year is given: a calendar covers at least one "
                    + "year (a `year` row with the day of each lunar holiday)"));
        }
        for (int i = 1; i < years.size(); i++) {
            Year previous = years.get(i - 1).year();
            CalendarYear year = years.get(i);
            if (!year.year().equals(previous.plusYears(1))) {
                problems.add(year.origin().problem("the calendar covers " + previous + " and " + year.year()
                        + " but not " + previous.plusYears(1) + ": the years it covers must follow one another"));
            }
        }
    }

    private void yearIsWhole(CalendarYear year) {
        int number = year.year().getValue();
        for (HolidayDate date : year.holidayDates()) {
            Holiday holiday = holidays.get(date.holiday());
            if (holiday == null) {
                problems.add(date.origin().problem("unknown holiday " + date.holiday() + "; the holidays are "
                        + holidays.keySet().stream().sorted().toList()));
            } else if (!holiday.lunar()) {
                problems.add(date.origin().problem(date.holiday() + " falls on fixed days; only a LUNAR holiday's "
                        + "day is given for a year"));
            } else if (!holiday.inForce(number)) {
                problems.add(date.origin().problem(date.holiday() + " is not a holiday in " + year.year()));
            }
        }
        for (Holiday holiday : holidays.values()) {
            if (holiday.lunar() && holiday.inForce(number) && year.dateOf(holiday.code()).isEmpty()) {
                problems.add(year.origin().problem("year " + year.year() + " lacks the day of " + holiday.code()
                        + " (a `date` row): a year is given whole or not at all"));
            }
        }
        for (DayTransfer transfer : year.transfers()) {
            holidayOn(transfer.dayOff(), year).ifPresent(h -> problems.add(transfer.origin().problem(
                    "the day off " + transfer.dayOff() + " is already a holiday (" + h + ")")));
            holidayOn(transfer.workedWeekendDay(), year).ifPresent(h -> problems.add(transfer.origin().problem(
                    "the worked day " + transfer.workedWeekendDay() + " is a holiday (" + h + ")")));
        }
    }

    private Optional<String> holidayOn(LocalDate day, CalendarYear year) {
        for (Holiday holiday : holidays.values()) {
            if (holiday.inForce(day.getYear()) && holiday.fixedDays().contains(MonthDay.from(day))) {
                return Optional.of(holiday.code());
            }
        }
        return year.holidayDates().stream().filter(d -> d.date().equals(day)).map(HolidayDate::holiday).findFirst();
    }
}
