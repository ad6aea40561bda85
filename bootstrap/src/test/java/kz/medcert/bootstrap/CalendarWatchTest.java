package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kz.medcert.application.service.operations.CalendarCoverageService;
import kz.medcert.domain.evaluation.CertificationRules;
import org.junit.jupiter.api.Test;

/** R77: the log warns administrators from 60 days before the calendar's last day, on the service's clock. */
class CalendarWatchTest {

    @Test
    void r77_fromSixtyDaysBeforeTheLastDay_theWarningNamesTheDayAndWhatToDo() {
        assertThat(watchOn("2027-11-15T05:00:00Z").check()).hasValueSatisfying(w -> assertThat(w)
                .contains("2027-12-31", "46 days left", "calendar of 2028", "MEDCERT_CALENDAR_FILE"));
        assertThat(watchOn("2028-01-03T05:00:00Z").check()).hasValueSatisfying(w -> assertThat(w)
                .contains("ended on 2027-12-31"));
    }

    @Test
    void r77_whileTheEndIsFarther_thereIsNoWarning() {
        assertThat(watchOn("2026-12-07T05:00:00Z").check()).isEmpty();
        assertThat(watchOn("2027-10-31T05:00:00Z").check()).isEmpty();
    }

    private static CalendarWatch watchOn(String instant) {
        return new CalendarWatch(new CalendarCoverageService(CertificationRules.standard(),
                Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)));
    }
}
