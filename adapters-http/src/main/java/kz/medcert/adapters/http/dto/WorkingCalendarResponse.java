package kz.medcert.adapters.http.dto;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.medcert.domain.calendar.CalendarYear;
import kz.medcert.domain.calendar.DayTransfer;
import kz.medcert.domain.calendar.Holiday;
import kz.medcert.domain.calendar.HolidayDate;
import kz.medcert.domain.calendar.WorkingCalendar;

/**
 * The working calendar deadlines are computed on (R77): the days it is authoritative for, its holidays with kk/ru/en
 * names, and each covered year with its lunar holiday days, transfer decrees and resulting days off, each with the
 * act it comes from.
 */
public record WorkingCalendarResponse(LocalDate coveredFrom, LocalDate coveredUntil, List<String> acts,
                                      List<HolidayEntry> holidays, List<YearEntry> years) {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    public static WorkingCalendarResponse from(WorkingCalendar calendar) {
        return new WorkingCalendarResponse(calendar.firstCoveredDay(), calendar.lastCoveredDay(), calendar.acts(),
                FormResponse.map(calendar.holidays(), HolidayEntry::from),
                FormResponse.map(calendar.years(), y -> YearEntry.from(y, calendar)));
    }

    /**
     * A public holiday: its days (MM-DD) every year, or none when it is lunar and its day is given for each year;
     * whether a day on a weekend moves to the next working day; the years it is a holiday in (null: open).
     */
    public record HolidayEntry(String code, LocalizedTextResponse name, List<String> days, boolean lunar,
                               boolean movesOffWeekend, Integer firstYear, Integer lastYear) {
        static HolidayEntry from(Holiday h) {
            return new HolidayEntry(h.code(), LocalizedTextResponse.from(h.name()),
                    h.fixedDays().stream().map(MONTH_DAY::format).toList(), h.lunar(), h.movesOffWeekend(),
                    h.firstYear().map(Year::getValue).orElse(null), h.lastYear().map(Year::getValue).orElse(null));
        }
    }

    /**
     * A covered year: the day of each lunar holiday, the transfer decrees, and the weekdays off and worked weekend
     * days that follow.
     */
    public record YearEntry(int year, List<HolidayDateEntry> holidayDates, List<TransferEntry> transfers,
                            List<LocalDate> daysOff, List<LocalDate> workedWeekendDays, List<String> acts) {
        static YearEntry from(CalendarYear y, WorkingCalendar calendar) {
            return new YearEntry(y.year().getValue(), FormResponse.map(y.holidayDates(), HolidayDateEntry::from),
                    FormResponse.map(y.transfers(), TransferEntry::from), List.copyOf(calendar.daysOff(y.year())),
                    List.copyOf(calendar.workedWeekendDays(y.year())), y.acts());
        }
    }

    /** The day of a lunar holiday in a year; {@code estimated} while it is not yet announced. */
    public record HolidayDateEntry(String holiday, LocalDate date, boolean estimated, String source) {
        static HolidayDateEntry from(HolidayDate d) {
            return new HolidayDateEntry(d.holiday(), d.date(), d.estimated(), d.source());
        }
    }

    /** A transfer decree: the weekend day worked and the weekday off. */
    public record TransferEntry(LocalDate workedWeekendDay, LocalDate dayOff, String decree) {
        static TransferEntry from(DayTransfer t) {
            return new TransferEntry(t.workedWeekendDay(), t.dayOff(), t.decree());
        }
    }
}
