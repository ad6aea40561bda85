package kz.medcert.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.medcert.domain.calendar.CalendarFile;
import kz.medcert.domain.calendar.WorkingCalendar;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.rules.RuleSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R77: a deadline is noted as not authoritative only where the working calendar lacks the year. */
class CalendarNoteTest {

    @Test
    @DisplayName("R77: a submission in 2027 gets its deadline without a CALENDAR_NOT_AUTHORITATIVE note")
    void r77_deadlineIn2027_isAuthoritative() {
        Evaluation evaluation = DossierFixtures.evaluate(submittedOn("2027-03-19T05:00:00Z", "2027-03-19"));

        // Friday 19 March 2027: Mon 22, Tue 23 Nauryz, Wed 24 the Sunday's move; due the 5th working day after
        assertThat(evaluation.deadline().orElseThrow().decisionDue()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(evaluation.reviewNotes()).noneMatch(n -> n.code().equals("CALENDAR_NOT_AUTHORITATIVE"));
    }

    @Test
    @DisplayName("R77: a submission in 2028 gets the note, until a 2028 calendar file is given")
    void r77_deadlineIn2028_isNotedUntilTheYearIsAdded() {
        var dossier = submittedOn("2028-03-17T05:00:00Z", "2028-03-17");
        CertificationRules with2028 = new CertificationRules(RuleSet.ORDER_23_2024, SpecialtyCatalogue.standard(),
                WorkingCalendar.kazakhstan(CalendarFile.parse("2028.tsv", List.of(
                        "act\tDecree (test)", "year\t2028", "date\tKURBAN_AIT\t2028-05-05\tESTIMATED\testimate"))));

        assertThat(DossierFixtures.evaluate(dossier).reviewNotes()).anySatisfy(n -> {
            assertThat(n.code()).isEqualTo("CALENDAR_NOT_AUTHORITATIVE");
            assertThat(n.text().en()).contains("2028");
        });
        assertThat(with2028.evaluate(dossier).reviewNotes())
                .noneMatch(n -> n.code().equals("CALENDAR_NOT_AUTHORITATIVE"));
    }

    private static Dossier submittedOn(String instant, String applicationDate) {
        return DossierFixtures.pediatricianConfirmingBuilder().applicationDate(LocalDate.parse(applicationDate))
                .submittedAt(Instant.parse(instant)).build();
    }
}
