package kz.medcert.domain.calendar;

import java.time.LocalDate;

/**
 * Reference data of the Kazakhstan working calendar (R77); add a year with one {@code coveredYear} line and one
 * {@code transfer} line per government decree.
 */
final class KazakhstanCalendarData {

    static final WorkingCalendar CALENDAR = WorkingCalendar.builder()
            // R77: public holidays (Law "On holidays in the Republic of Kazakhstan"); Dec 17 is no longer one (2022).
            .holiday(1, 1, "New Year")
            .holiday(1, 2, "New Year")
            .holidayNeverMoved(1, 7, "Orthodox Christmas") // R77: religious holiday, never moved
            .holiday(3, 8, "International Women's Day")
            .holiday(3, 21, "Nauryz")
            .holiday(3, 22, "Nauryz")
            .holiday(3, 23, "Nauryz")
            .holiday(5, 1, "Unity Day of the People of Kazakhstan")
            .holiday(5, 7, "Defender of the Fatherland Day")
            .holiday(5, 9, "Victory Day")
            .holiday(7, 6, "Capital Day")
            .holiday(8, 30, "Constitution Day")
            .holiday(10, 25, "Republic Day")
            .holiday(12, 16, "Independence Day")
            // 2024: Kurban Ait on Sunday 16 June (not moved); decree: Saturday 4 May worked, Wednesday 8 May off.
            .coveredYear(2024, LocalDate.of(2024, 6, 16))
            .transfer(LocalDate.of(2024, 5, 4), LocalDate.of(2024, 5, 8))
            // 2025: Kurban Ait on Friday 6 June; decree: Sunday 5 January worked, Friday 3 January off.
            .coveredYear(2025, LocalDate.of(2025, 6, 6))
            .transfer(LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 3))
            // 2026: Kurban Ait on Wednesday 27 May; no transfer decree known to us. When one is published, add
            // `.transfer(workedWeekendDay, dayOff)` here.
            .coveredYear(2026, LocalDate.of(2026, 5, 27))
            .build();

    private KazakhstanCalendarData() {
    }
}
