package kz.medcert.domain.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects dated reference data (fixed holidays, covered years with Kurban Ait, transfer decrees) for a calendar. */
public final class WorkingCalendarBuilder {

    private final List<FixedHoliday> fixedHolidays = new ArrayList<>();
    private final Map<Year, LocalDate> kurbanAit = new HashMap<>();
    private final List<DayTransfer> transfers = new ArrayList<>();

    WorkingCalendarBuilder() {
    }

    /** R77: a fixed public holiday that moves to the next working day when it falls on a weekend. */
    public WorkingCalendarBuilder holiday(int month, int day, String name) {
        return add(new FixedHoliday(MonthDay.of(month, day), name, true));
    }

    /** R77: a fixed public holiday that stays put on a weekend (Orthodox Christmas). */
    public WorkingCalendarBuilder holidayNeverMoved(int month, int day, String name) {
        return add(new FixedHoliday(MonthDay.of(month, day), name, false));
    }

    /** Declares a year covered by the data, with the first day of Kurban Ait (lunar; never moved, R77). */
    public WorkingCalendarBuilder coveredYear(int year, LocalDate kurbanAitFirstDay) {
        if (kurbanAitFirstDay.getYear() != year) {
            throw new IllegalArgumentException("Kurban Ait " + kurbanAitFirstDay + " is not in " + year);
        }
        if (kurbanAit.putIfAbsent(Year.of(year), kurbanAitFirstDay) != null) {
            throw new IllegalArgumentException("Year declared twice: " + year);
        }
        return this;
    }

    /** R77: a government decree working the weekend day and resting on the weekday; both years must be covered. */
    public WorkingCalendarBuilder transfer(LocalDate workedWeekendDay, LocalDate dayOff) {
        transfers.add(new DayTransfer(workedWeekendDay, dayOff));
        return this;
    }

    /** Checks the data and builds the immutable calendar. */
    public WorkingCalendar build() {
        for (DayTransfer t : transfers) {
            requireCovered(t.workedWeekendDay());
            requireCovered(t.dayOff());
        }
        return new WorkingCalendar(fixedHolidays, kurbanAit, transfers);
    }

    private WorkingCalendarBuilder add(FixedHoliday holiday) {
        boolean duplicate = fixedHolidays.stream().anyMatch(h -> h.date().equals(holiday.date()));
        if (duplicate) {
            throw new IllegalArgumentException("Two fixed holidays on " + holiday.date());
        }
        fixedHolidays.add(holiday);
        return this;
    }

    private void requireCovered(LocalDate date) {
        if (!kurbanAit.containsKey(Year.from(date))) {
            throw new IllegalArgumentException("Transfer date " + date + " lies in a year not declared covered");
        }
    }
}
