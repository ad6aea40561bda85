package kz.medcert.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceDeadlinePolicyTest {

    private final ServiceDeadlinePolicy policy = ServiceDeadlinePolicy.standard(WorkingCalendar.kazakhstan());

    @Test
    @DisplayName("R73 R78: Monday 2024-12-02 10:00 registers that day, decision due Monday 2024-12-09")
    void r73_r78_example_monday1000() {
        Instant at = OffsetDateTime.parse("2024-12-02T10:00+05:00").toInstant();
        assertThat(policy.deadlineFor(at)).isEqualTo(new ServiceDeadline(at,
                LocalDateTime.parse("2024-12-02T10:00"), LocalDate.parse("2024-12-02"), LocalDate.parse("2024-12-09")));
    }

    @ParameterizedTest(name = "{0} → registered {1}, due {2}")
    @DisplayName("R77 R78 R73: 09:00 threshold (before 09:00 on a working day registers that same day)")
    @CsvSource({
            "2024-12-01T23:59:59.999999999+05:00, 2024-12-02, 2024-12-09",
            "2024-12-02T00:00+05:00, 2024-12-02, 2024-12-09",
            "2024-12-02T08:59:59.999999999+05:00, 2024-12-02, 2024-12-09",
            "2024-12-02T09:00+05:00, 2024-12-02, 2024-12-09",
            "2024-12-02T09:00:00.000000001+05:00, 2024-12-02, 2024-12-09"
    })
    void r78_workdayStartThreshold(String submitted, LocalDate registered, LocalDate due) {
        assertDeadline(submitted, registered, due);
    }

    @ParameterizedTest(name = "{0} → registered {1}, due {2}")
    @DisplayName("R77 R78 R73: 18:30 threshold (18:30:00 exactly is in hours, one nanosecond later is not)")
    @CsvSource({
            "2024-12-02T18:29:59.999999999+05:00, 2024-12-02, 2024-12-09",
            "2024-12-02T18:30+05:00, 2024-12-02, 2024-12-09",
            "2024-12-02T18:30:00.000000001+05:00, 2024-12-03, 2024-12-10",
            "2024-12-02T23:59:59+05:00, 2024-12-03, 2024-12-10",
            "2024-12-03T00:00+05:00, 2024-12-03, 2024-12-10"
    })
    void r78_submissionAfter1830_registersNextWorkingDay(String submitted, LocalDate registered, LocalDate due) {
        assertDeadline(submitted, registered, due);
    }

    @ParameterizedTest(name = "{0}")
    @DisplayName("R77 R78: the 13:00–14:30 lunch break counts as working hours")
    @CsvSource({"2024-12-03T13:00+05:00", "2024-12-03T13:45+05:00", "2024-12-03T14:30+05:00"})
    void r78_lunchBreakIsWithinHours(String submitted) {
        OffsetDateTime at = OffsetDateTime.parse(submitted);
        assertThat(policy.isWithinWorkingHours(at.toLocalDateTime())).isTrue();
        assertThat(policy.deadlineFor(at.toInstant()).registeredOn()).isEqualTo(LocalDate.parse("2024-12-03"));
    }

    @ParameterizedTest(name = "{0} within hours: {1}")
    @DisplayName("R77 R78: working hours 09:00–18:30 inclusive, on working days only")
    @CsvSource({
            "2024-12-02T08:59:59.999999999, false", "2024-12-02T09:00, true", "2024-12-02T18:30, true",
            "2024-12-02T18:30:00.000000001, false", "2024-12-07T10:00, false", "2024-05-04T10:00, true",
            "2024-12-16T10:00, false"
    })
    void r77_isWithinWorkingHours(LocalDateTime local, boolean within) {
        assertThat(policy.isWithinWorkingHours(local)).isEqualTo(within);
    }

    @ParameterizedTest(name = "{0} → registered {1}, due {2}")
    @DisplayName("R78 R73: Friday evening and weekend submissions register on Monday (Dec 16 holiday in the term)")
    @CsvSource({
            "2024-12-06T18:30+05:00, 2024-12-06, 2024-12-13",
            "2024-12-06T18:31+05:00, 2024-12-09, 2024-12-17",
            "2024-12-07T10:00+05:00, 2024-12-09, 2024-12-17",
            "2024-12-08T23:59:59+05:00, 2024-12-09, 2024-12-17",
            "2024-12-09T08:00+05:00, 2024-12-09, 2024-12-17"
    })
    void r78_fridayEveningAndWeekend(String submitted, LocalDate registered, LocalDate due) {
        assertDeadline(submitted, registered, due);
    }

    @Test
    @DisplayName("R73: workingDaysLeft is 0 on the due day, negative when overdue (0 on a day off just after)")
    void r73_workingDaysLeft() {
        LocalDate due = LocalDate.parse("2024-12-13");
        assertThat(policy.workingDaysLeft(LocalDate.parse("2024-12-06"), due)).isEqualTo(5);
        assertThat(policy.workingDaysLeft(LocalDate.parse("2024-12-12"), due)).isEqualTo(1);
        assertThat(policy.workingDaysLeft(due, due)).isZero();
        assertThat(policy.workingDaysLeft(LocalDate.parse("2024-12-14"), due)).isZero();
        assertThat(policy.isOverdue(LocalDate.parse("2024-12-14"), due)).isTrue();
        assertThat(policy.isOverdue(due, due)).isFalse();
        assertThat(policy.workingDaysLeft(LocalDate.parse("2024-12-17"), due)).isEqualTo(-1);
        assertThat(policy.workingDaysLeft(LocalDate.parse("2024-12-18"), due)).isEqualTo(-2);
    }

    @Test
    @DisplayName("R73 R77: parameters are settings; invalid ones are rejected")
    void r73_r77_customParameters() {
        ServiceDeadlinePolicy custom = new ServiceDeadlinePolicy(WorkingCalendar.kazakhstan(),
                LocalTime.of(9, 0), LocalTime.of(18, 0), 10);
        ServiceDeadline d = custom.deadlineFor(OffsetDateTime.parse("2024-12-02T18:15+05:00").toInstant());
        assertThat(d.registeredOn()).isEqualTo(LocalDate.parse("2024-12-03"));
        assertThat(d.decisionDue()).isEqualTo(LocalDate.parse("2024-12-18"));
        assertThat(policy.termInWorkingDays()).isEqualTo(5);
        assertThat(policy.workdayStart()).isEqualTo(LocalTime.of(9, 0));
        assertThat(policy.workdayEnd()).isEqualTo(LocalTime.of(18, 30));
        assertThatThrownBy(() -> new ServiceDeadlinePolicy(WorkingCalendar.kazakhstan(),
                LocalTime.of(18, 30), LocalTime.of(9, 0), 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceDeadlinePolicy(WorkingCalendar.kazakhstan(),
                LocalTime.of(9, 0), LocalTime.of(18, 30), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertDeadline(String submitted, LocalDate registered, LocalDate due) {
        ServiceDeadline d = policy.deadlineFor(OffsetDateTime.parse(submitted).toInstant());
        assertThat(d.registeredOn()).as("registeredOn").isEqualTo(registered);
        assertThat(d.decisionDue()).as("decisionDue").isEqualTo(due);
    }
}
