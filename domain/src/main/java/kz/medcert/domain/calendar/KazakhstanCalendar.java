package kz.medcert.domain.calendar;

import java.util.List;
import kz.medcert.domain.reference.ReferenceDataException;
import kz.medcert.domain.reference.ReferenceFile;

/**
 * The working calendar of Kazakhstan shipped in the jar (R77): the files listed in {@value #INDEX}, beside this class,
 * each naming the acts it follows. Adding a year is adding its file and one line to the index.
 */
final class KazakhstanCalendar {
    static final String INDEX = "kazakhstan-calendar.index";
    static final CalendarData DATA = load();
    static final WorkingCalendar SHIPPED = build();

    private KazakhstanCalendar() {
    }

    /** The files of the shipped calendar, in the order the index lists them. */
    static List<String> files() {
        return ReferenceFile.resourceLines(KazakhstanCalendar.class, INDEX).stream().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static CalendarData load() {
        String prefix = KazakhstanCalendar.class.getPackageName().replace('.', '/') + "/";
        try {
            CalendarData all = new CalendarData(List.of(), List.of(), List.of());
            for (String file : files()) {
                all = all.with(CalendarFile.parse(prefix + file,
                        ReferenceFile.resourceLines(KazakhstanCalendar.class, file)));
            }
            return all;
        } catch (ReferenceDataException e) {
            throw new IllegalStateException("the shipped working calendar is broken:\n" + e.getMessage(), e);
        }
    }

    private static WorkingCalendar build() {
        try {
            return WorkingCalendar.of(DATA);
        } catch (ReferenceDataException e) {
            throw new IllegalStateException("the shipped working calendar is broken:\n" + e.getMessage(), e);
        }
    }
}
