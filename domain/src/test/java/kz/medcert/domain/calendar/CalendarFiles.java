package kz.medcert.domain.calendar;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Calendar files written in tests: rows of cells joined by tabs, as an administrator would write them. */
final class CalendarFiles {
    static final String ACT = row("act", "Decree of the Government of the Republic of Kazakhstan (test)");

    private CalendarFiles() {
    }

    static String row(String... cells) {
        return String.join("\t", cells);
    }

    /** A file of these rows, headed by an act row. */
    static List<String> withAct(String... rows) {
        return Stream.concat(Stream.of(ACT), Arrays.stream(rows)).toList();
    }

    /** The year 2028 whole: Kurban Ait on Friday 5 May (estimated) and a transfer decree. */
    static List<String> year2028(String... more) {
        return Stream.concat(Stream.of(ACT, row("year", "2028"),
                row("date", "KURBAN_AIT", "2028-05-05", "ESTIMATED", "astronomical estimate"),
                row("transfer", "2028-01-08", "2028-01-05", "decree on the transfer of days off in 2028")),
                Arrays.stream(more)).toList();
    }

    static CalendarData parse(List<String> lines) {
        return CalendarFile.parse("admin.tsv", lines);
    }
}
