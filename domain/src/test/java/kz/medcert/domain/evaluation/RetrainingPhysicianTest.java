package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.PEDIATRICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.date;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticPhysician;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticWithoutWork;
import static kz.medcert.domain.evaluation.DocumentScenarios.evaluate;
import static kz.medcert.domain.evaluation.DocumentScenarios.exempt;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.higher;
import static kz.medcert.domain.evaluation.DocumentScenarios.internship;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.june;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static kz.medcert.domain.evaluation.DocumentScenarios.residency;
import static kz.medcert.domain.evaluation.DocumentScenarios.retraining;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R39: retraining for pre-2014 graduates whose postgraduate specialty does not match; R33: before 2021. */
class RetrainingPhysicianTest {

    /** A pediatrics graduate (internship in PEDIATRICS) working in THERAPY since 2015 and declaring THERAPY. */
    private static DossierBuilder pediatricianDeclaringTherapy(int year) {
        return domesticPhysician(THERAPY, EducationField.PEDIATRICS, june(year))
                .postgraduate(internship(PEDIATRICS, june(year + 1)));
    }

    @Test
    void r39_pediatricsGraduateOf2013DeclaringTherapyWithoutRetraining_isRefused() {
        // given
        Evaluation evaluation = evaluate(pediatricianDeclaringTherapy(2013));

        // when
        ChecklistItem item = only(evaluation, DocumentCode.RETRAINING);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        assertThat(item.rules()).contains(Rule.R39, Rule.R33);
        assertThat(item.basis()).contains("8-C");
        assertThat(failedRules(evaluation)).containsExactly(Rule.R39);
        assertThat(DossierFixtures.refusal(evaluation).grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
    }

    @ParameterizedTest(name = "R39 R38 pediatrics graduate of {0} declaring THERAPY: retraining path = {1}")
    @CsvSource({"2012, true", "2013, true", "2014, false", "2015, false"})
    void r39_r38_graduatesBefore2014Retrain_graduatesFrom2014NeedResidency(int year, boolean retrainingPath) {
        // given: neither retraining nor residency
        Evaluation evaluation = evaluate(pediatricianDeclaringTherapy(year));

        // then
        assertThat(items(evaluation, DocumentCode.RETRAINING).isEmpty()).isEqualTo(!retrainingPath);
        assertThat(failedRules(evaluation)).containsExactly(retrainingPath ? Rule.R39 : Rule.R38);
    }

    @ParameterizedTest(name = "R33 R39 retraining in THERAPY completed {0}: counts = {1}")
    @CsvSource({"2020-12-30, true", "2020-12-31, true", "2021-01-01, false", "2021-01-02, false"})
    void r33_r39_retrainingCountsOnlyIfCompletedBefore2021(String completed, boolean counts) {
        // given
        Evaluation evaluation = evaluate(pediatricianDeclaringTherapy(2010)
                .retraining(retraining(THERAPY, LocalDate.parse(completed))));

        // when
        ChecklistItem mandatory = items(evaluation, DocumentCode.RETRAINING).stream()
                .filter(i -> i.obligation() == Obligation.MANDATORY).findFirst().orElseThrow();

        // then
        assertThat(mandatory.satisfaction()).isEqualTo(counts ? Satisfaction.SATISFIED : Satisfaction.NOT_SATISFIED);
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isEqualTo(counts);
    }

    @Test
    void r39_r33_metRetraining_isListedOnce() {
        // given
        Evaluation evaluation = evaluate(pediatricianDeclaringTherapy(2010)
                .retraining(retraining(THERAPY, date(2019, 5, 20))));

        // then: one slot for one certificate
        assertThat(items(evaluation, DocumentCode.RETRAINING)).hasSize(1);
    }

    @Test
    void r39_retrainingInAnotherSpecialty_doesNotCount() {
        // given
        Evaluation evaluation = evaluate(pediatricianDeclaringTherapy(2010)
                .retraining(retraining(DossierFixtures.CARDIOLOGY, date(2019, 5, 20))));

        // then
        assertThat(failedRules(evaluation)).contains(Rule.R39);
    }

    @Test
    void r39_notWorking_cannotUseTheRetrainingPath_evenWithRetraining() {
        // given: a 2010 pediatrics graduate with retraining in THERAPY, but no employment at all
        Evaluation evaluation = evaluate(domesticWithoutWork(THERAPY, higher(EducationField.PEDIATRICS, june(2010)))
                .postgraduate(internship(PEDIATRICS, june(2011)))
                .retraining(retraining(THERAPY, date(2019, 5, 20))));

        // then
        assertThat(failedRules(evaluation)).contains(Rule.R39);
        assertThat(DossierFixtures.refusal(evaluation).findings())
                .anySatisfy(f -> assertThat(f.explanation().en()).contains("working specialists"));
    }

    @Test
    void r39_matchingInternshipInTheDeclaredSpecialty_needsNoRetraining() {
        // given
        Evaluation evaluation = evaluate(domesticPhysician(THERAPY, EducationField.PEDIATRICS, june(2010))
                .postgraduate(internship(THERAPY, june(2011))));

        // then
        assertThat(items(evaluation, DocumentCode.RETRAINING)).isEmpty();
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R39);
    }

    @Test
    void r39_matchingResidencyInTheDeclaredSpecialty_needsNoRetraining() {
        // given
        Evaluation evaluation = evaluate(pediatricianDeclaringTherapy(2010).postgraduate(residency(THERAPY,
                june(2013))));

        // then
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R39);
    }

    @ParameterizedTest(name = "R39 {0} graduate of 2010 declaring THERAPY: retraining path = {1}")
    @CsvSource({"PEDIATRICS, true", "MEDICAL_CARE, true", "ORIENTAL_MEDICINE, true", "GENERAL_MEDICINE, false"})
    void r39_onlyTheListedHigherEducationSpecialtiesTakeTheRetrainingPath(EducationField field, boolean path) {
        // given: internship in PEDIATRICS (not THERAPY)
        Evaluation evaluation = evaluate(domesticPhysician(THERAPY, field, june(2010))
                .postgraduate(internship(PEDIATRICS, june(2011))));

        // then
        assertThat(failedRules(evaluation).contains(Rule.R39)).isEqualTo(path);
    }

    @Test
    void r40_activityInTheSpecialtySince2004_12_31_continuous_exemptsFromRetraining() {
        // given
        Evaluation evaluation = evaluate(r40Base().employment(DocumentScenarios.workingSince(THERAPY,
                date(2004, 12, 31))));

        // then
        assertThat(items(evaluation, DocumentCode.RETRAINING)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.RETRAINING))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R40));
        ChecklistItem evidence = only(evaluation, DocumentCode.EMPLOYMENT_RECORD);
        assertThat(evidence.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(evidence.rules()).contains(Rule.R40);
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
    }

    @ParameterizedTest(name = "R40 continuous activity in THERAPY since {0}: exempt from retraining = {1}")
    @CsvSource({"2004-12-30, true", "2004-12-31, true", "2005-01-01, false", "2005-01-02, false"})
    void r40_activityMustHaveStartedBefore2005(LocalDate start, boolean exempt) {
        // given
        Evaluation evaluation = evaluate(r40Base().employment(DocumentScenarios.workingSince(THERAPY, start)));

        // then
        assertThat(failedRules(evaluation).contains(Rule.R39)).isEqualTo(!exempt);
        assertThat(evaluation.outcome().isEligible()).isEqualTo(exempt);
    }

    @Test
    void r40_consecutiveAndOverlappingJobs_areContinuous() {
        // given
        Evaluation evaluation = evaluate(r40Base()
                .employment(DocumentScenarios.worked(THERAPY, date(2004, 6, 1), date(2010, 5, 31)))
                .employment(DocumentScenarios.worked(THERAPY, date(2010, 6, 1), date(2016, 1, 31)))
                .employment(DocumentScenarios.workingSince(THERAPY, date(2015, 9, 1))));

        // then
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R39);
    }

    @Test
    void r40_activityStartedInTheDeclaredSpecialtyOnlyAfter2005_doesNotExempt() {
        // given: since 2000 in PEDIATRICS, THERAPY only since 2015 (gaps: ContinuityGapTest)
        Evaluation evaluation = evaluate(r40Base()
                .employment(DocumentScenarios.worked(PEDIATRICS, date(2000, 9, 1), date(2014, 12, 31)))
                .employment(DocumentScenarios.workingSince(THERAPY, date(2015, 1, 1))));

        // then
        assertThat(failedRules(evaluation)).contains(Rule.R39);
    }

    /** A 1997 pediatrics graduate (no internship needed) declaring THERAPY; employment is added by the test. */
    private static DossierBuilder r40Base() {
        return domesticWithoutWork(THERAPY, higher(EducationField.PEDIATRICS, june(1997)));
    }
}
