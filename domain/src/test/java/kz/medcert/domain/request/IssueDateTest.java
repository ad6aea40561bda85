package kz.medcert.domain.request;

import static kz.medcert.domain.request.RequestFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import kz.medcert.domain.calendar.ServiceDeadline;
import kz.medcert.domain.calendar.ServiceDeadlinePolicy;
import kz.medcert.domain.calendar.WorkingCalendar;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import org.junit.jupiter.api.Test;

/**
 * R78, Appendices 2 and 6, row 7(2): after working hours "the application is accepted and the result is issued on the
 * next working day"; a certificate is dated the later of the registration day and the day of the decision.
 */
class IssueDateTest {
    private static final ServiceDeadlinePolicy DEADLINES = ServiceDeadlinePolicy.standard(
            WorkingCalendar.kazakhstan());
    private static final CertificateNumber NUMBER = CertificateNumbers.issue(Year.of(2026), 9);

    @Test
    void r78_row7_decidedTheEveningOfAnAfterHoursSubmission_isDatedTheNextWorkingDay() {
        // Friday 20 November 2026, 18:31 in Almaty (+05): after hours, registered on Monday 23 November
        Submission submission = submission(Instant.parse("2026-11-20T13:31:00Z"));
        assertThat(submission.registeredOn()).isEqualTo(LocalDate.of(2026, 11, 23));

        assertThat(IssueDate.of(submission, LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(IssueDate.of(submission, LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void r78_decidedOnOrAfterTheRegistrationDay_isDatedTheDayOfTheDecision() {
        Submission submission = submission(Instant.parse("2026-11-20T05:00:00Z")); // 10:00, a working day
        assertThat(submission.registeredOn()).isEqualTo(LocalDate.of(2026, 11, 20));

        assertThat(IssueDate.of(submission, LocalDate.of(2026, 11, 20))).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(IssueDate.of(submission, LocalDate.of(2026, 11, 25))).isEqualTo(LocalDate.of(2026, 11, 25));
    }

    @Test
    void r78_theRequestRefusesACertificateDatedBeforeItsRegistrationDay_onBothPaths() {
        CertificationRequest accepted = accepted(Instant.parse("2026-11-20T13:31:00Z"));
        LocalDate evening = LocalDate.of(2026, 11, 20);

        assertThatThrownBy(() -> accepted.issued(NUMBER, evening, "OFFICER O-1", T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-11-23");
        assertThatThrownBy(() -> accepted.confirmedAutomatically(NUMBER, evening, T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R78");
        LocalDate dated = IssueDate.of(accepted.state().submission().orElseThrow(), evening);
        // the fixture's evaluation refuses: the officer issues with written reasons (R74, R91)
        assertThat(accepted.issued(NUMBER, dated, java.util.Optional.of(Motivation.of(null, "Проверено.", null)),
                "OFFICER O-1", T0).state().decision()).hasValueSatisfying(d ->
                assertThat(((Decision.Issued) d).issuedOn()).isEqualTo(LocalDate.of(2026, 11, 23)));
    }

    private static Submission submission(Instant at) {
        return accepted(at).state().submission().orElseThrow();
    }

    private static CertificationRequest accepted(Instant at) {
        CertificationRequest request = RequestFixtures.awaitingDocuments();
        Evaluation evaluation = CertificationRules.standard().evaluate(request.dossierOn(RequestFixtures.TODAY,
                Optional.of(at)));
        ServiceDeadline deadline = DEADLINES.deadlineFor(at);
        return request.submitted(new Submission(at, deadline.registeredOn(), deadline.decisionDue(),
                request.contentDigest(), "SIGNED:" + request.contentDigest(), evaluation));
    }
}
