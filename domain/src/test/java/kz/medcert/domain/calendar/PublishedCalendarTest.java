package kz.medcert.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The calendar, day by day, against the published days off, written independently of the production data. */
class PublishedCalendarTest {

    private final WorkingCalendar calendar = WorkingCalendar.kazakhstan();

    @Test
    @DisplayName("R77: 2024 matches the published calendar (Jan 7 and Jun 16 on Sunday not moved; Sat May 4 worked)")
    void r77_calendar2024_dayByDay() {
        assertYear(2024,
                List.of("01-01", "01-02", "03-08", "03-21", "03-22", "03-25", "05-01", "05-07", "05-08", "05-09",
                        "07-08", "08-30", "10-25", "12-16"),
                List.of("05-04"));
    }

    @Test
    @DisplayName("R77: 2025 matches the published calendar (Jan 3 off, Sun Jan 5 worked, Nauryz → Mar 24–25)")
    void r77_calendar2025_dayByDay() {
        assertYear(2025,
                List.of("01-01", "01-02", "01-03", "01-07", "03-10", "03-21", "03-24", "03-25", "05-01", "05-07",
                        "05-09", "06-06", "07-07", "09-01", "10-27", "12-16"),
                List.of("01-05"));
    }

    @Test
    @DisplayName("R77: 2026 matches the expected calendar (no transfer decree known)")
    void r77_calendar2026_dayByDay() {
        assertYear(2026,
                List.of("01-01", "01-02", "01-07", "03-09", "03-23", "03-24", "03-25", "05-01", "05-07", "05-11",
                        "05-27", "07-06", "08-31", "10-26", "12-16"),
                List.of());
    }

    @Test
    @DisplayName("R77: 2027 matches the expected calendar (Sat Jan 2, Sun Mar 21, Sat May 1, Sun May 9 moved; Kurban "
            + "Ait estimated on Sunday May 16, not moved; no transfer decree published)")
    void r77_calendar2027_dayByDay() {
        assertYear(2027,
                List.of("01-01", "01-04", "01-07", "03-08", "03-22", "03-23", "03-24", "05-03", "05-07", "05-10",
                        "07-06", "08-30", "10-25", "12-16"),
                List.of());
        assertThat(calendar.whyNotWorking(LocalDate.of(2027, 5, 16))).contains("weekend (Kurban Ait)");
        assertThat(calendar.whyNotWorking(LocalDate.of(2027, 3, 24))).contains("moved from 2027-03-21 (Nauryz)");
    }

    @Test
    @DisplayName("R77: 2024–2027 are covered; 2023 and 2028 are not")
    void r77_coveredYears() {
        assertThat(calendar.covers(Year.of(2024))).isTrue();
        assertThat(calendar.covers(Year.of(2025))).isTrue();
        assertThat(calendar.covers(Year.of(2026))).isTrue();
        assertThat(calendar.covers(Year.of(2027))).isTrue();
        assertThat(calendar.covers(Year.of(2023))).isFalse();
        assertThat(calendar.covers(Year.of(2028))).isFalse();
        assertThat(calendar.coveredYears())
                .containsExactly(Year.of(2024), Year.of(2025), Year.of(2026), Year.of(2027));
        assertThat(calendar.lastCoveredDay()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(calendar.firstCoveredDay()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    private void assertYear(int year, List<String> weekdaysOff, List<String> workedWeekendDays) {
        Set<LocalDate> off = dates(year, weekdaysOff);
        Set<LocalDate> worked = dates(year, workedWeekendDays);
        List<String> mismatches = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean expected = worked.contains(d) || (!weekend && !off.contains(d));
            if (calendar.isWorkingDay(d) != expected) {
                mismatches.add(d + " (" + d.getDayOfWeek() + ") expected working=" + expected);
            }
        }
        assertThat(mismatches).as("days that differ from the published calendar of %d", year).isEmpty();
        assertThat(calendar.daysOff(Year.of(year))).containsExactlyElementsOf(new TreeSet<>(off));
    }

    private static Set<LocalDate> dates(int year, List<String> monthDays) {
        return monthDays.stream().map(md -> LocalDate.parse(year + "-" + md))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
