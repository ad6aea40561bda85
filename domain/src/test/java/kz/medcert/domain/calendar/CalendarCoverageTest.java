package kz.medcert.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R77: administrators are warned from 60 days before the calendar's last day, and after it. */
class CalendarCoverageTest {
    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();

    @ParameterizedTest(name = "on {0}: {1} days left, warning {2}")
    @DisplayName("R77: the warning starts 60 days before the last covered day (2027-12-31)")
    @CsvSource({"2026-12-07, 389, false", "2027-10-31, 61, false", "2027-11-01, 60, true", "2027-12-31, 0, true",
            "2028-01-01, -1, true"})
    void r77_warningFromSixtyDaysBefore(LocalDate today, long daysLeft, boolean warns) {
        CalendarCoverage coverage = calendar.coverageOn(today);

        assertThat(coverage.firstDay()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(coverage.lastDay()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(coverage.today()).isEqualTo(today);
        assertThat(coverage.daysLeft()).isEqualTo(daysLeft);
        assertThat(coverage.warns()).isEqualTo(warns);
    }

    @Test
    @DisplayName("R77: the warning says in kk, ru and en which day the calendar ends on and which year to add")
    void r77_warningInThreeLanguages() {
        CalendarCoverage before = calendar.coverageOn(LocalDate.of(2027, 12, 1));
        CalendarCoverage after = calendar.coverageOn(LocalDate.of(2028, 2, 1));

        assertThat(before.warning()).hasValueSatisfying(w -> {
            assertThat(w.kk()).contains("2027-12-31", "2028", "30").isNotEqualTo(w.ru());
            assertThat(w.ru()).contains("2027-12-31", "2028", "30").isNotEqualTo(w.en());
            assertThat(w.en()).contains("2027-12-31", "2028", "30 days left");
        });
        assertThat(after.warning()).hasValueSatisfying(w -> assertThat(w.en()).contains("ended on 2027-12-31"));
    }
}
