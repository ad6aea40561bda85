package kz.medcert.domain.calendar;

import java.util.List;
import kz.medcert.domain.reference.ReferenceFile;

/** The shipped calendar files, as tests read them. */
final class KazakhstanCalendarTestData {

    private KazakhstanCalendarTestData() {
    }

    static List<String> lines(String file) {
        return ReferenceFile.resourceLines(KazakhstanCalendar.class, file);
    }
}
