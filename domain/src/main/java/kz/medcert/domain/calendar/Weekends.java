package kz.medcert.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The weekly rest days of Kazakhstan: Saturday and Sunday (R77: Monday to Friday are working days). */
final class Weekends {

    private Weekends() {
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
