package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.MEDICAL_CARE;
import static kz.medcert.domain.evaluation.DocumentScenarios.MIDWIFERY;
import static kz.medcert.domain.evaluation.DocumentScenarios.NURSING;
import static kz.medcert.domain.evaluation.DocumentScenarios.PEDIATRICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.date;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticWithoutWork;
import static kz.medcert.domain.evaluation.DocumentScenarios.evaluate;
import static kz.medcert.domain.evaluation.DocumentScenarios.exempt;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.higher;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.june;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static kz.medcert.domain.evaluation.DocumentScenarios.retraining;
import static kz.medcert.domain.evaluation.DocumentScenarios.tvet;
import static kz.medcert.domain.evaluation.DocumentScenarios.worked;
import static kz.medcert.domain.evaluation.DocumentScenarios.workingSince;
import static kz.medcert.domain.evaluation.DossierFixtures.AD;
import static kz.medcert.domain.evaluation.DossierFixtures.pdCredits;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import kz.medcert.domain.calendar.WorkingCalendar;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.PersonDates;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R40, R45 "continuous" (үздіксіз): a gap of up to {@link RuleSet#CONTINUITY_GAP_TOLERANCE_DAYS} calendar days
 * between two jobs is bridged; a longer one goes to the officer as a review note, never to a refusal.
 */
class ContinuityGapTest {
    private static final LocalDate FIRST_JOB_ENDS = date(2010, 5, 31);

    /** A 1997 pediatrics graduate (no internship needed, R39 binds) declaring THERAPY; jobs added by the test. */
    private static DossierBuilder physicianDeclaringTherapy() {
        return domesticWithoutWork(THERAPY, higher(EducationField.PEDIATRICS, june(1997)));
    }

    /** Therapy from 2004-06-01 to 2010-05-31, then again after {@code gapDays} days without work. */
    private static DossierBuilder twoTherapyJobs(int gapDays) {
        return physicianDeclaringTherapy()
                .employment(worked(THERAPY, date(2004, 6, 1), FIRST_JOB_ENDS))
                .employment(workingSince(THERAPY, FIRST_JOB_ENDS.plusDays(gapDays + 1L)));
    }

    private static List<String> notes(Evaluation evaluation) {
        return evaluation.reviewNotes().stream().map(ReviewNote::code).toList();
    }

    @Test
    void toleranceIsThirtyOneCalendarDays() {
        assertThat(RuleSet.CONTINUITY_GAP_TOLERANCE_DAYS).isEqualTo(31);
        assertThat(RuleSet.ORDER_23_2024.continuityGapToleranceDays()).isEqualTo(31);
    }

    @ParameterizedTest(name = "R40 {0} days without work between two jobs: review note {1}")
    @CsvSource({"0, false", "1, false", "30, false", "31, false", "32, true", "3650, true"})
    void r40_aGapUpToTheTolerance_isContinuous_aLongerOneGoesToTheOfficer_neverARefusal(int gapDays,
                                                                                       boolean reviewed) {
        // when
        Evaluation evaluation = evaluate(twoTherapyJobs(gapDays));

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
        assertThat(items(evaluation, DocumentCode.RETRAINING)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.RETRAINING))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R40));
        assertThat(only(evaluation, DocumentCode.EMPLOYMENT_RECORD).rules()).contains(Rule.R40);
        assertThat(notes(evaluation).contains("CONTINUITY_GAP")).isEqualTo(reviewed);
        evaluation.reviewNotes().stream().filter(n -> n.code().equals("CONTINUITY_GAP")).forEach(note -> {
            assertThat(note.rules()).containsExactly(Rule.R40);
            String gap = PersonDates.format(FIRST_JOB_ENDS.plusDays(1)) + " – "
                    + PersonDates.format(FIRST_JOB_ENDS.plusDays(gapDays)) + " (" + gapDays + ")";
            assertThat(note.text().en()).contains(gap).contains("31 calendar days");
            assertThat(note.text().ru()).contains(gap);
            assertThat(note.text().kk()).contains(gap);
        });
    }

    @Test
    void r40_aWeekendBetweenTwoJobs_keepsTheExemption() {
        // given: dismissed on Friday 2010-05-28, hired on Monday 2010-05-31
        Evaluation evaluation = evaluate(physicianDeclaringTherapy()
                .employment(worked(THERAPY, date(2004, 6, 1), date(2010, 5, 28)))
                .employment(workingSince(THERAPY, date(2010, 5, 31))));

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
        assertThat(evaluation.reviewNotes()).isEmpty();
    }

    @ParameterizedTest(name = "R40 dismissed {0} days before the application, not working since: review note {1}")
    @CsvSource({"30, false", "31, false", "32, true"})
    void r40_theDaysFromTheLastDismissalToTheApplication_areAGapToo(int daysWithoutWork, boolean reviewed) {
        // given: the last day worked is AD − days, so the days after it up to AD itself are not worked
        Evaluation evaluation = evaluate(physicianDeclaringTherapy()
                .employment(worked(THERAPY, date(2004, 6, 1), AD.minusDays(daysWithoutWork))));

        // then: R39's retraining path is closed to non-working specialists, but the exemption needs no retraining
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R39);
        assertThat(notes(evaluation).contains("CONTINUITY_GAP")).isEqualTo(reviewed);
    }

    @Test
    void r40_onlyTheStartIsInTheDeclaredSpecialty_theContinuityMayRunThroughOthers() {
        // given: therapy from 2003, pediatrics from 2008, without a gap
        Evaluation evaluation = evaluate(physicianDeclaringTherapy()
                .employment(worked(THERAPY, date(2003, 9, 1), date(2007, 12, 31)))
                .employment(workingSince(PEDIATRICS, date(2008, 1, 1))));

        // then: «өтініш берілген мамандық бойынша … қызметке кіріскен және … үздіксіз жұмыс өтілі бар»
        assertThat(exempt(evaluation, DocumentCode.RETRAINING))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R40));
        ChecklistItem evidence = only(evaluation, DocumentCode.EMPLOYMENT_RECORD);
        assertThat(evidence.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(evidence.rules()).contains(Rule.R40);
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R39);
    }

    @Test
    void r40_aGapBeyondTheTolerance_butRetrainingHeld_needsNoReview() {
        // given: a two-month gap, and a retraining in therapy before 2021
        Evaluation evaluation = evaluate(twoTherapyJobs(61).retraining(retraining(THERAPY, date(2012, 3, 1))));

        // then: R39 is met by the retraining itself; the gap does not matter
        assertThat(only(evaluation, DocumentCode.RETRAINING).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(evaluation.reviewNotes()).isEmpty();
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
    }

    @ParameterizedTest(name = "R40 tolerance configured to {0} days, a weekend gap: review note {1}")
    @CsvSource({"1, true", "2, false", "3, false"})
    void r40_theToleranceIsConfigurable(int toleranceDays, boolean reviewed) {
        // given
        CertificationRules rules = new CertificationRules(RuleSet.ORDER_23_2024.continuityGapTolerance(toleranceDays),
                SpecialtyCatalogue.standard(), WorkingCalendar.kazakhstan());

        // when: two days without work (a weekend)
        Evaluation evaluation = rules.evaluate(twoTherapyJobs(2).build());

        // then
        assertThat(notes(evaluation).contains("CONTINUITY_GAP")).isEqualTo(reviewed);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @ParameterizedTest(name = "R45 {0} days between nursing and midwifery jobs: review note {1}")
    @CsvSource({"1, false", "30, false", "31, false", "32, true"})
    void r45_theSameToleranceForTvetSpecialists(int gapDays, boolean reviewed) {
        // given: a 2003 nursing graduate declaring midwifery (R43 retraining), without retraining
        LocalDate firstEnds = date(2014, 12, 31);
        Evaluation evaluation = evaluate(domesticWithoutWork(MIDWIFERY, tvet(EducationField.NURSING,
                date(2003, 6, 30)))
                .employment(worked(NURSING, date(2004, 9, 1), firstEnds))
                .employment(workingSince(MIDWIFERY, firstEnds.plusDays(gapDays + 1L)))
                .professionalDevelopment(pdCredits(MIDWIFERY, 1, date(2022, 4, 1))));

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
        assertThat(exempt(evaluation, DocumentCode.RETRAINING))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R45));
        assertThat(notes(evaluation).contains("CONTINUITY_GAP")).isEqualTo(reviewed);
        evaluation.reviewNotes().forEach(note -> assertThat(note.rules()).containsExactly(Rule.R45));
    }

    @Test
    void r45_noMedicalActivityBefore2005_isNoExemptionAndNoNote() {
        // given: a feldsher on a midwifery diploma, working only since 2005-01-01
        Evaluation evaluation = evaluate(domesticWithoutWork(MEDICAL_CARE, tvet(EducationField.MIDWIFERY,
                date(2003, 6, 30)))
                .employment(workingSince(MEDICAL_CARE, date(2005, 1, 1)))
                .professionalDevelopment(pdCredits(MEDICAL_CARE, 1, date(2022, 4, 1))));

        // then
        assertThat(failedRules(evaluation)).containsExactly(Rule.R42);
        assertThat(evaluation.reviewNotes()).isEmpty();
    }
}
