package kz.medcert.domain.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kz.medcert.domain.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** R73, R91: the hearing before a refusal fits the 5-working-day term, and a refusal proposed too late is flagged. */
class HearingTermTest {
    private static final WorkingCalendar CALENDAR = WorkingCalendar.kazakhstan();
    /** Registered Friday 20 November 2026, due Friday 27 November (5 working days). */
    private static final LocalDate DUE = LocalDate.of(2026, 11, 27);

    @Test
    void r91_theWindowIsBoundedSoThatANoticeOnTheRegistrationDayKeepsTheTerm() {
        assertThat(HearingTerm.MAX_OBJECTION_WORKING_DAYS).isEqualTo(4);
        assertThatThrownBy(() -> new HearingTerm(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HearingTerm(5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1 to 4");
        assertThat(new HearingTerm(4).keepsTheTerm(LocalDate.of(2026, 11, 20), DUE, CALENDAR)).isTrue();
    }

    @Test
    void r73_r91_twoDaysToObject_theLastNoticeDayIsThreeWorkingDaysBeforeTheDueDate_dayBeforeOfAndAfter() {
        HearingTerm twoDays = new HearingTerm(2);

        // notice Tuesday 24: objections until Thursday 26, final decision from Friday 27 = the due date
        assertThat(twoDays.objectionsUntil(LocalDate.of(2026, 11, 24), CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(twoDays.finalDecisionFrom(LocalDate.of(2026, 11, 24), CALENDAR)).isEqualTo(DUE);
        assertThat(twoDays.latestNoticeDay(DUE, CALENDAR)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(twoDays.keepsTheTerm(LocalDate.of(2026, 11, 23), DUE, CALENDAR)).isTrue();
        assertThat(twoDays.keepsTheTerm(LocalDate.of(2026, 11, 24), DUE, CALENDAR)).isTrue();
        assertThat(twoDays.keepsTheTerm(LocalDate.of(2026, 11, 25), DUE, CALENDAR)).isFalse();
    }

    @Test
    void r77_theLastNoticeDaySkipsDaysOff() {
        // due Friday 18 December 2026; Wednesday 16 (Independence Day) is off: a notice on Tuesday 15 may be objected
        // to until Thursday 17 and decided on Friday 18; one on Thursday 17 only from Monday 21
        LocalDate due = LocalDate.of(2026, 12, 18);
        HearingTerm oneDay = new HearingTerm(1);

        assertThat(oneDay.objectionsUntil(LocalDate.of(2026, 12, 15), CALENDAR)).isEqualTo(LocalDate.of(2026, 12, 17));
        assertThat(oneDay.latestNoticeDay(due, CALENDAR)).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(oneDay.finalDecisionFrom(LocalDate.of(2026, 12, 17), CALENDAR)).isEqualTo(LocalDate.of(2026, 12, 21));
    }
}
