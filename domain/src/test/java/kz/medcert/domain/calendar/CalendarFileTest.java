package kz.medcert.domain.calendar;

import static kz.medcert.domain.calendar.CalendarFiles.parse;
import static kz.medcert.domain.calendar.CalendarFiles.row;
import static kz.medcert.domain.calendar.CalendarFiles.withAct;
import static kz.medcert.domain.calendar.CalendarFiles.year2028;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kz.medcert.domain.reference.ReferenceDataException;
import kz.medcert.domain.reference.ReferenceDataProblem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R77: an administrator's calendar file extends or overrides the shipped calendar, and a broken one is refused with
 * every problem named by file and line, so that the service never runs on half a calendar.
 */
class CalendarFileTest {

    @Test
    @DisplayName("R77: a file with 2028 extends the shipped calendar: Kurban Ait and the decree count, coverage grows")
    void r77_aYearIsAddedWithoutARebuild() {
        WorkingCalendar calendar = WorkingCalendar.kazakhstan(parse(year2028()));

        assertThat(calendar.coveredYears()).contains(Year.of(2027), Year.of(2028));
        assertThat(calendar.lastCoveredDay()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(calendar.isWorkingDay(d("2028-05-05"))).isFalse();
        assertThat(calendar.whyNotWorking(d("2028-01-05"))).contains("transferred from 2028-01-08 (government decree)");
        assertThat(calendar.isWorkingDay(d("2028-01-08"))).isTrue();
        assertThat(calendar.workedWeekendDays(Year.of(2028))).containsExactly(d("2028-01-08"));
        assertThat(calendar.daysOff(Year.of(2027))).isEqualTo(WorkingCalendar.kazakhstan().daysOff(Year.of(2027)));
        assertThat(calendar.acts()).contains("Decree of the Government of the Republic of Kazakhstan (test)");
    }

    @Test
    @DisplayName("R77: a year in the file replaces the shipped year whole: adding 2027's decree is one more row")
    void r77_aYearIsReplacedWhole_aDecreeIsOneRow() {
        List<String> shipped2027 = KazakhstanCalendarTestData.lines("kazakhstan-2027.tsv");
        List<String> withDecree = new ArrayList<>(shipped2027);
        withDecree.add(row("transfer", "2027-01-09", "2027-01-08", "decree on the transfer of days off in 2027"));

        WorkingCalendar calendar = WorkingCalendar.kazakhstan(CalendarFile.parse("2027.tsv", withDecree));

        assertThat(calendar.isWorkingDay(d("2027-01-08"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2027-01-09"))).isTrue();
        assertThat(calendar.years()).filteredOn(y -> y.year().getValue() == 2027).singleElement()
                .satisfies(y -> assertThat(y.origin().file()).isEqualTo("2027.tsv"));
        assertThat(calendar.coveredYears()).containsExactly(Year.of(2024), Year.of(2025), Year.of(2026),
                Year.of(2027));
    }

    @Test
    @DisplayName("R77: a holiday added by law from 2028 counts from 2028 on, not before")
    void r77_aHolidayIsAddedFromAYear() {
        WorkingCalendar calendar = WorkingCalendar.kazakhstan(parse(year2028(
                row("holiday", "NEW_HOLIDAY", "09-01", "MOVES", "2028", "-", "Жаңа мереке", "Новый праздник",
                        "New holiday"))));

        assertThat(calendar.isWorkingDay(d("2027-09-01"))).isTrue();
        assertThat(calendar.whyNotWorking(d("2028-09-01"))).contains("New holiday");
    }

    @ParameterizedTest(name = "line {1}: {2}")
    @DisplayName("R77: a broken row is refused, naming the file, the line and the problem (; ends a row, ~ is a tab)")
    @CsvSource(delimiter = '|', value = {
            "yaer~2028 | 2 | unknown row `yaer`",
            "year 2028 | 2 | unknown row `year 2028`: a row is act, holiday, year, date or transfer, with its columns separated by tabs",
            "year~2028~2029 | 2 | a year row has 2 tab-separated columns (year, YYYY), this one has 3",
            "year~28 | 2 | `28` is not a year",
            "date~KURBAN_AIT~2028-05-05~ESTIMATED~source | 2 | a date row belongs to a year",
            "year~2028;date~KURBAN_AIT~2028-02-30~ESTIMATED~source | 3 | `2028-02-30` is not a day that exists",
            "year~2028;date~KURBAN_AIT~2027-05-16~ESTIMATED~source | 3 | 2027-05-16 is not in 2028",
            "year~2028;date~KURBAN_AIT~2028-05-05~MAYBE~source | 3 | ANNOUNCED or ESTIMATED, not `MAYBE`",
            "year~2028;date~KURBAN_AIT~2028-05-05~ESTIMATED~ | 3 | the source of the date",
            "year~2028;transfer~2028-01-10~2028-01-05~decree | 3 | the worked day 2028-01-10 is a MONDAY",
            "year~2028;transfer~2028-01-08~2028-01-09~decree | 3 | the day off 2028-01-09 is a SUNDAY",
            "year~2028;transfer~2028-01-08~2028-01-32~decree | 3 | `2028-01-32` is not a day that exists",
            "year~2028;transfer~2028-01-08~2028-01-05~ | 3 | the decree that transfers the day",
            "year~2028;transfer~2028-01-08~2028-01-05~d;transfer~2028-01-08~2028-01-06~d | 4 | 2028-01-08 is already in another transfer of 2028",
            "year~2028;year~2028 | 3 | year 2028 is given twice (also at line 2)",
            "holiday~X~09-01~MOVES~-~-~а~б~c;holiday~X~09-02~MOVES~-~-~а~б~c | 3 | holiday X is given twice",
            "holiday~X~02-29~MOVES~-~-~а~б~c | 2 | `02-29` is not a day of the year",
            "holiday~X~13-01~MOVES~-~-~а~б~c | 2 | `13-01` is not a day of the year",
            "holiday~X~09-01~SHIFTS~-~-~а~б~c | 2 | MOVES or STAYS, not `SHIFTS`",
            "holiday~X~09-01~MOVES~2030~2029~а~б~c | 2 | the last year 2029 is before the first 2030",
            "holiday~x-1~09-01~MOVES~-~-~а~б~c | 2 | `x-1` is not a holiday code",
            "holiday~X~09-01~MOVES~-~-~а~~c | 2 | name in kk, ru and en is required",
            "act~ | 1 | an act row is"})
    void r77_brokenRowsAreRefusedWithFileLineAndProblem(String rows, int line, String problem) {
        List<String> lines = rows.startsWith("act") ? lines(rows) : withAct(lines(rows).toArray(String[]::new));

        assertThatThrownBy(() -> parse(lines)).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("admin.tsv:" + line + ": ").hasMessageContaining(problem);
    }

    @Test
    @DisplayName("R77: a file that names no act is refused")
    void r77_aFileNamesItsAct() {
        assertThatThrownBy(() -> parse(List.of(row("year", "2028"))))
                .isInstanceOf(ReferenceDataException.class).hasMessageStartingWith("admin.tsv: names no legal act");
    }

    @Test
    @DisplayName("R77: every problem of a file is reported at once, in line order")
    void r77_everyProblemAtOnce() {
        ReferenceDataException e = assertThrows(ReferenceDataException.class,
                () -> parse(withAct(row("year", "2028"), row("date", "KURBAN_AIT", "2028-13-05", "ESTIMATED", "s"),
                        row("transfer", "2028-01-10", "2028-01-05", "d"), "oops")));

        assertThat(e.problems()).extracting(ReferenceDataProblem::line).containsExactly(3, 4, 5);
    }

    @ParameterizedTest(name = "{1}")
    @DisplayName("R77: what only the whole calendar tells is refused too, naming where it was read")
    @CsvSource(delimiter = '|', value = {
            "year~2028;date~KURBAN_AYT~2028-05-05~ESTIMATED~s | admin.tsv:3: unknown holiday KURBAN_AYT",
            "year~2028 | admin.tsv:2: year 2028 lacks the day of KURBAN_AIT (a `date` row): a year is given whole",
            "year~2029;date~KURBAN_AIT~2029-04-24~ESTIMATED~s | admin.tsv:2: the calendar covers 2027 and 2029 but not 2028",
            "year~2028;date~KURBAN_AIT~2028-05-05~ESTIMATED~s;transfer~2028-03-18~2028-03-21~d | admin.tsv:4: the day off 2028-03-21 is already a holiday (NAURYZ)",
            "year~2028;date~KURBAN_AIT~2028-05-05~ESTIMATED~s;date~NAURYZ~2028-03-21~ANNOUNCED~s | admin.tsv:4: NAURYZ falls on fixed days",
            "holiday~SECOND_VICTORY_DAY~05-09~MOVES~2020~-~а~б~c | admin.tsv:2: holiday SECOND_VICTORY_DAY falls on --05-09 like VICTORY_DAY",
            "holiday~KURBAN_AIT~06-01~STAYS~-~-~а~б~c | KURBAN_AIT falls on fixed days"})
    void r77_theCalendarIsWholeOrRefused(String rows, String problem) {
        CalendarData data = parse(withAct(lines(rows).toArray(String[]::new)));

        assertThatThrownBy(() -> WorkingCalendar.kazakhstan(data)).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining(problem);
    }

    @Test
    @DisplayName("R77: the shipped files are each a part: a year or a holiday given in two of them is refused")
    void r77_shippedPartsDoNotOverlap() {
        CalendarData one = CalendarFile.parse("a.tsv", year2028());
        CalendarData two = CalendarFile.parse("b.tsv", year2028());

        assertThatThrownBy(() -> one.with(two)).isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("b.tsv:2: year 2028 is already given at a.tsv:2");
    }

    /** Rows written on one line for readability: {@code ;} ends a row, {@code ~} is a tab. */
    private static List<String> lines(String rows) {
        return Arrays.stream(rows.split(";", -1)).map(r -> r.replace('~', '\t')).toList();
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }
}
