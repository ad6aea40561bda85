package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * MEDCERT_CALENDAR_FILE (R77): an administrator's calendar file is read and checked with the configuration; a broken
 * one is a configuration error that names the file, the line and the problem, and nothing of it is used.
 */
class CalendarConfigTest {
    static final String ACT = "act\tDecree of the Government of the Republic of Kazakhstan on days off in 2028 (test)";

    @TempDir
    Path dir;

    @Test
    void withoutAFile_theShippedCalendarIsUsed() {
        CalendarConfig calendar = AppConfig.fromEnvironment(Map.of()).calendar();

        assertThat(calendar.file()).isEmpty();
        assertThat(calendar.calendar().lastCoveredDay()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(calendar.describe()).isEqualTo("working calendar 2024-01-01..2027-12-31: shipped");
        assertThat(AppConfig.fromEnvironment(Map.of(CalendarConfig.VARIABLE, " ")).calendar().file()).isEmpty();
    }

    @Test
    @DisplayName("R77: a file with 2028 extends the calendar; one with 2027 replaces the shipped year whole")
    void r77_aFileAddsOrReplacesYears() throws IOException {
        Path file = write("calendar.tsv", ACT, "year\t2027",
                "date\tKURBAN_AIT\t2027-05-17\tANNOUNCED\tҚМДБ announcement (test)",
                "year\t2028", "date\tKURBAN_AIT\t2028-05-05\tESTIMATED\tastronomical estimate",
                "transfer\t2028-05-13\t2028-05-12\tGovernment decree (test)");

        CalendarConfig calendar = AppConfig.fromEnvironment(Map.of(CalendarConfig.VARIABLE, file.toString()))
                .calendar();

        assertThat(calendar.file()).contains(file.toAbsolutePath());
        assertThat(calendar.addedYears()).containsExactly(Year.of(2028));
        assertThat(calendar.replacedYears()).containsExactly(Year.of(2027));
        assertThat(calendar.calendar().lastCoveredDay()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2027, 5, 17))).isFalse();
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2028, 5, 13))).isTrue();
        assertThat(calendar.describe()).contains(file.toString(), "2024-01-01..2028-12-31", "added [2028]",
                "replaced [2027]");
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("R77: a broken file stops the start: the message names the variable, the file, the line, the problem")
    @CsvSource(delimiter = '|', value = {
            "a day that does not exist | year~2028;date~KURBAN_AIT~2028-02-30~ESTIMATED~e | :3: `2028-02-30` is not a day that exists",
            "an unknown holiday type | year~2028;date~KURBAN_AYT~2028-05-05~ESTIMATED~e | :3: unknown holiday KURBAN_AYT",
            "a year given partially | year~2028;transfer~2028-05-13~2028-05-12~d | :2: year 2028 lacks the day of KURBAN_AIT",
            "a year given twice | year~2028;date~KURBAN_AIT~2028-05-05~ESTIMATED~e;year~2028 | :4: year 2028 is given twice",
            "a transfer onto a holiday | year~2028;date~KURBAN_AIT~2028-05-05~ESTIMATED~e;transfer~2028-05-06~2028-05-09~d | :4: the day off 2028-05-09 is already a holiday (VICTORY_DAY)",
            "a gap before the year | year~2029;date~KURBAN_AIT~2029-04-24~ESTIMATED~e | :2: the calendar covers 2027 and 2029 but not 2028",
            "a transfer to a weekday that is a weekend | year~2028;date~KURBAN_AIT~2028-05-05~ESTIMATED~e;transfer~2028-05-13~2028-05-14~d | :4: the day off 2028-05-14 is a SUNDAY"})
    void r77_aBrokenFileIsAConfigurationError(String what, String rows, String problem) throws IOException {
        List<String> lines = new ArrayList<>(List.of(ACT));
        for (String row : rows.split(";")) {
            lines.add(row.replace('~', '\t'));
        }
        Path file = write("broken.tsv", lines.toArray(String[]::new));

        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(CalendarConfig.VARIABLE, file.toString())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("MEDCERT_CALENDAR_FILE " + file.toAbsolutePath() + " is not a whole working "
                        + "calendar; nothing of it is used")
                .hasMessageContaining(file.toAbsolutePath() + problem);
    }

    @Test
    void aMissingFileOrOneThatIsNotText_isAConfigurationErrorNamingIt() throws IOException {
        Path missing = dir.resolve("missing.tsv");
        Path binary = dir.resolve("binary.tsv");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A});

        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(CalendarConfig.VARIABLE, missing.toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("MEDCERT_CALENDAR_FILE: there is no file "
                        + missing.toAbsolutePath());
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of(CalendarConfig.VARIABLE, binary.toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not UTF-8 text");
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }
}
