package kz.medcert.application.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import kz.medcert.domain.calendar.CalendarCoverage;
import kz.medcert.domain.evaluation.CertificationRules;
import org.junit.jupiter.api.Test;

/** R77: the calendar's reach is seen from the provider's today, which the clock gives. */
class CalendarCoverageServiceTest {

    @Test
    void r77_todayIsTheProvidersDay_andTheWarningStartsSixtyDaysBeforeTheLastDay() {
        // given: 19:30 UTC on 31 October 2027 is already 1 November in Almaty (UTC+5)
        Clock evening = Clock.fixed(Instant.parse("2027-10-31T19:30:00Z"), ZoneOffset.UTC);
        Clock morning = Clock.fixed(Instant.parse("2027-10-31T05:00:00Z"), ZoneOffset.UTC);

        // when
        CalendarCoverage warned = new CalendarCoverageService(CertificationRules.standard(), evening).coverage();
        CalendarCoverage notYet = new CalendarCoverageService(CertificationRules.standard(), morning).coverage();

        // then
        assertThat(warned.today()).isEqualTo(LocalDate.of(2027, 11, 1));
        assertThat(warned.lastDay()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(warned.daysLeft()).isEqualTo(60);
        assertThat(warned.warns()).isTrue();
        assertThat(notYet.daysLeft()).isEqualTo(61);
        assertThat(notYet.warns()).isFalse();
    }
}
