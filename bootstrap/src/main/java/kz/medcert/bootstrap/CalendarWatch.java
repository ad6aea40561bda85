package kz.medcert.bootstrap;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.in.operations.CalendarCoverageUseCase;
import kz.medcert.domain.calendar.CalendarCoverage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warns administrators in the log, at start and once a day, from 60 days before the working calendar's last covered
 * day (R77), so that the next year's file (MEDCERT_CALENDAR_FILE) is in place before deadlines stop being
 * authoritative. {@code /health} says the same under {@code details.workingCalendar}.
 */
final class CalendarWatch {
    private static final Logger LOG = LoggerFactory.getLogger(CalendarWatch.class);

    private final CalendarCoverageUseCase coverage;

    CalendarWatch(CalendarCoverageUseCase coverage) {
        this.coverage = Objects.requireNonNull(coverage, "coverage");
    }

    /** Logs the warning if it is due, and returns it. */
    Optional<String> check() {
        CalendarCoverage now = coverage.coverage();
        Optional<String> warning = now.warning().map(w -> w.en() + " (set " + CalendarConfig.VARIABLE
                + " to a file with the next year; README, \"The working calendar\")");
        warning.ifPresent(LOG::warn);
        return warning;
    }

    /** The daily check of the background worker: never lets an exception end the schedule. */
    void checkQuietly() {
        try {
            check();
        } catch (RuntimeException e) {
            LOG.warn("working calendar check failed; tomorrow's tries again", e);
        }
    }
}
