package kz.medcert.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();

    @ParameterizedTest(name = "{0}: {1}")
    @DisplayName("R77: explanations of days off")
    @CsvSource(delimiter = '|', value = {
            "2025-03-21 | Nauryz",
            "2025-03-22 | weekend (Nauryz)",
            "2025-03-24 | moved from 2025-03-22 (Nauryz)",
            "2025-03-25 | moved from 2025-03-23 (Nauryz)",
            "2024-01-07 | weekend (Orthodox Christmas)",
            "2024-06-16 | weekend (Kurban Ait)",
            "2025-06-06 | Kurban Ait",
            "2024-05-08 | transferred from 2024-05-04 (government decree)",
            "2025-01-03 | transferred from 2025-01-05 (government decree)",
            "2024-12-14 | weekend"
    })
    void r77_whyNotWorking(LocalDate date, String reason) {
        assertThat(calendar.whyNotWorking(date)).contains(reason);
        assertThat(calendar.isWorkingDay(date)).isFalse();
    }

    @Test
    @DisplayName("R77: working days, including decreed weekend working days, have no explanation")
    void r77_workingDaysHaveNoExplanation() {
        assertThat(calendar.whyNotWorking(LocalDate.of(2024, 5, 4))).isEmpty();
        assertThat(calendar.whyNotWorking(LocalDate.of(2025, 1, 5))).isEmpty();
        assertThat(calendar.whyNotWorking(LocalDate.of(2024, 12, 2))).isEmpty();
    }

    @Test
    @DisplayName("R77: uncovered 2023 uses fixed holidays and moves only (Kurban Ait 2023-06-28 unknown to the data)")
    void r77_uncoveredYear2023() {
        assertThat(calendar.daysOff(Year.of(2023))).containsExactly(
                d("2023-01-02"), d("2023-01-03"), d("2023-03-08"), d("2023-03-21"), d("2023-03-22"),
                d("2023-03-23"), d("2023-05-01"), d("2023-05-08"), d("2023-05-09"), d("2023-07-06"),
                d("2023-08-30"), d("2023-10-25"), d("2023-12-18"));
        assertThat(calendar.isWorkingDay(d("2023-06-28"))).isTrue();
    }

    @Test
    @DisplayName("R77: uncovered 2028: Sat Jan 1 and Sun Jan 2 move to Jan 3–4, Sat Dec 16 to Mon Dec 18; Kurban Ait "
            + "(about Fri May 5) unknown to the data")
    void r77_uncoveredYear2028() {
        assertThat(calendar.daysOff(Year.of(2028))).containsExactly(
                d("2028-01-03"), d("2028-01-04"), d("2028-01-07"), d("2028-03-08"), d("2028-03-21"),
                d("2028-03-22"), d("2028-03-23"), d("2028-05-01"), d("2028-05-08"), d("2028-05-09"),
                d("2028-07-06"), d("2028-08-30"), d("2028-10-25"), d("2028-12-18"));
        assertThat(calendar.isWorkingDay(d("2028-05-05"))).isTrue();
    }

    @ParameterizedTest(name = "after {0} → {1}")
    @DisplayName("R77: nextWorkingDayAfter across weekends, holidays and year boundaries")
    @CsvSource({
            "2024-12-30, 2024-12-31", "2024-12-31, 2025-01-05", "2025-01-05, 2025-01-06",
            "2025-01-06, 2025-01-08", "2025-12-31, 2026-01-05", "2023-12-29, 2024-01-03",
            "2024-05-03, 2024-05-04", "2024-05-04, 2024-05-06", "2024-05-06, 2024-05-10",
            "2025-03-20, 2025-03-26", "2026-03-20, 2026-03-26", "2024-12-13, 2024-12-17"
    })
    void r77_nextWorkingDayAfter(LocalDate day, LocalDate next) {
        assertThat(calendar.nextWorkingDayAfter(day)).isEqualTo(next);
    }

    @Test
    @DisplayName("R73: workingDaysAfter and workingDaysBetween count strictly after the start, signed")
    void r73_countingWorkingDays() {
        assertThat(calendar.workingDaysAfter(d("2024-12-02"), 1)).isEqualTo(d("2024-12-03"));
        assertThat(calendar.workingDaysAfter(d("2024-12-02"), 5)).isEqualTo(d("2024-12-09"));
        assertThat(calendar.workingDaysAfter(d("2024-12-31"), 5)).isEqualTo(d("2025-01-10"));
        assertThat(calendar.workingDaysBetween(d("2024-12-31"), d("2025-01-10"))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(d("2025-01-10"), d("2024-12-31"))).isEqualTo(-5);
        assertThat(calendar.workingDaysBetween(d("2024-12-02"), d("2024-12-02"))).isZero();
        assertThat(calendar.workingDaysBetween(d("2025-03-20"), d("2025-03-25"))).isZero();
        // whole years: days - weekend days - weekday days off + worked weekend days (Jan 1 is not working)
        assertThat(calendar.workingDaysBetween(d("2023-12-31"), d("2024-12-31"))).isEqualTo(366 - 104 - 14 + 1);
        assertThat(calendar.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(365 - 104 - 16 + 1);
        assertThatThrownBy(() -> calendar.workingDaysAfter(d("2024-12-02"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
