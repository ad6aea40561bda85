package kz.medcert.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day of a lunar holiday in one year, with who set it (R77: Kurban Ait, on the day the Spiritual Administration
 * of Muslims of Kazakhstan announces).
 *
 * @param holiday   the holiday's code, e.g. {@code KURBAN_AIT}
 * @param date      its (first) day
 * @param estimated true while the day is an astronomical estimate, not yet announced
 * @param source    the announcement (or the estimate) the day comes from
 * @param origin    where it was read
 */
public record HolidayDate(String holiday, LocalDate date, boolean estimated, String source, Origin origin) {

    public HolidayDate {
        Objects.requireNonNull(holiday, "holiday");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(origin, "origin");
    }
}
