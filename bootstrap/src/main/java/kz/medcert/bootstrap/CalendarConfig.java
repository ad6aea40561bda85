package kz.medcert.bootstrap;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import kz.medcert.domain.calendar.CalendarData;
import kz.medcert.domain.calendar.CalendarFile;
import kz.medcert.domain.calendar.CalendarYear;
import kz.medcert.domain.calendar.WorkingCalendar;
import kz.medcert.domain.reference.ReferenceDataException;

/**
 * MEDCERT_CALENDAR_FILE: an administrator's working-calendar file laid over the calendar shipped in the jar (R77), so
 * that a year or a transfer decree is added without a rebuild. The file is read and checked when the configuration is
 * read: a broken one stops the start, naming the file, each line and its problem, and nothing of it is used.
 *
 * @param file          the configured file, if any
 * @param calendar      the working calendar the deadlines are computed on
 * @param addedYears    the years the file adds to the shipped ones
 * @param replacedYears the shipped years the file replaces
 */
public record CalendarConfig(Optional<Path> file, WorkingCalendar calendar, SortedSet<Year> addedYears,
                             SortedSet<Year> replacedYears) {
    public static final String VARIABLE = "MEDCERT_CALENDAR_FILE";

    /** The shipped calendar alone. */
    public static final CalendarConfig SHIPPED = new CalendarConfig(Optional.empty(), WorkingCalendar.kazakhstan(),
            new TreeSet<>(), new TreeSet<>());

    public CalendarConfig {
        addedYears = new TreeSet<>(addedYears);
        replacedYears = new TreeSet<>(replacedYears);
    }

    public static CalendarConfig fromEnvironment(Map<String, String> env) {
        String value = env.getOrDefault(VARIABLE, "").strip();
        return value.isEmpty() ? SHIPPED : load(Path.of(value).toAbsolutePath());
    }

    private static CalendarConfig load(Path file) {
        try {
            CalendarData data = CalendarFile.parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
            WorkingCalendar calendar = WorkingCalendar.kazakhstan(data);
            SortedSet<Year> shipped = WorkingCalendar.kazakhstan().coveredYears();
            SortedSet<Year> added = new TreeSet<>();
            SortedSet<Year> replaced = new TreeSet<>();
            for (CalendarYear year : data.years()) {
                (shipped.contains(year.year()) ? replaced : added).add(year.year());
            }
            return new CalendarConfig(Optional.of(file), calendar, added, replaced);
        } catch (ReferenceDataException e) {
            throw new IllegalArgumentException(VARIABLE + " " + file + " is not a whole working calendar; nothing of "
                    + "it is used (" + e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s")
                    + "):\n" + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(VARIABLE + ": there is no file " + file, e);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(VARIABLE + " " + file + " is not UTF-8 text", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(VARIABLE + ": " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** One line for the start-up log: what the calendar covers and where it comes from. */
    public String describe() {
        String covered = calendar.firstCoveredDay() + ".." + calendar.lastCoveredDay();
        return file.map(f -> "working calendar " + covered + ": shipped, with " + f + " (years added " + addedYears
                + ", replaced " + replacedYears + ")").orElse("working calendar " + covered + ": shipped");
    }
}
