package kz.medcert.domain.calendar;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One year the calendar is authoritative for: the days of its lunar holidays and its transfer decrees, given whole
 * in one file (R77).
 *
 * @param year         the year
 * @param holidayDates the day of each lunar holiday in force that year
 * @param transfers    the transfer decrees of the year (both days in the year)
 * @param acts         the acts the file of the year names
 * @param origin       where the year was declared
 */
public record CalendarYear(Year year, List<HolidayDate> holidayDates, List<DayTransfer> transfers, List<String> acts,
                           Origin origin) {

    public CalendarYear {
        Objects.requireNonNull(year, "year");
        holidayDates = List.copyOf(holidayDates);
        transfers = List.copyOf(transfers);
        acts = List.copyOf(acts);
        Objects.requireNonNull(origin, "origin");
    }

    /** The day of a lunar holiday in this year. */
    public Optional<HolidayDate> dateOf(String holiday) {
        return holidayDates.stream().filter(d -> d.holiday().equals(holiday)).findFirst();
    }
}
