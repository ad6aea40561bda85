package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.MEDICAL_CARE;
import static kz.medcert.domain.evaluation.DocumentScenarios.MIDWIFERY;
import static kz.medcert.domain.evaluation.DocumentScenarios.NURSING;
import static kz.medcert.domain.evaluation.DocumentScenarios.date;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticTvet;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticWithoutWork;
import static kz.medcert.domain.evaluation.DocumentScenarios.evaluate;
import static kz.medcert.domain.evaluation.DocumentScenarios.exempt;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static kz.medcert.domain.evaluation.DocumentScenarios.retraining;
import static kz.medcert.domain.evaluation.DocumentScenarios.tvet;
import static kz.medcert.domain.evaluation.DocumentScenarios.worked;
import static kz.medcert.domain.evaluation.DocumentScenarios.workingSince;
import static kz.medcert.domain.evaluation.DossierFixtures.pdCredits;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A2 8-D: nursing (R41), feldsher (R42) and midwifery (R43) on older diplomas; R45 continuity; R46 cut-off. */
class TvetCrossQualificationTest {
    private static final LocalDate LAST_DAY = date(2004, 12, 31);
    private static final LocalDate CUT_OFF = date(2005, 1, 1);

    @Test
    void r41_nursingOnA2004_12_31MidwiferyDiploma_needsNursingPdWithinFiveYears() {
        // given
        Evaluation evaluation = evaluate(domesticTvet(NURSING, EducationField.MIDWIFERY, LAST_DAY));

        // when
        ChecklistItem pd = only(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT);

        // then
        assertThat(pd.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(pd.satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        assertThat(pd.rules()).contains(Rule.R41);
        assertThat(pd.window()).hasValueSatisfying(w -> assertThat(w.from()).isEqualTo(date(2019, 12, 2)));
        assertThat(failedRules(evaluation)).containsExactly(Rule.R41);
        assertThat(items(evaluation, DocumentCode.RETRAINING)).isEmpty();
    }

    @Test
    void r41_nursingPdWithinFiveYears_makesTheMidwiferyGraduateEligible() {
        // given
        Evaluation evaluation = evaluate(domesticTvet(NURSING, EducationField.MIDWIFERY, LAST_DAY)
                .professionalDevelopment(pdCredits(NURSING, 1, date(2022, 4, 1))));

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
    }

    @ParameterizedTest(name = "R41 R46 midwifery diploma of {0} declared for NURSING, with nursing PD: eligible = {1}")
    @CsvSource({"2004-12-30, true", "2004-12-31, true", "2005-01-01, false", "2005-01-02, false"})
    void r41_r46_midwiferyDiplomaFrom2005_01_01_cannotBeCertifiedInNursing(LocalDate graduated, boolean eligible) {
        // given
        Evaluation evaluation = evaluate(domesticTvet(NURSING, EducationField.MIDWIFERY, graduated)
                .professionalDevelopment(pdCredits(NURSING, 4, date(2022, 4, 1))));

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isEqualTo(eligible);
        if (!eligible) {
            Outcome.Refusal refusal = DossierFixtures.refusal(evaluation);
            assertThat(refusal.failedRules()).containsExactly(Rule.R46);
            assertThat(refusal.grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        }
    }

    @Test
    void r41_r26_withALongBreak_theRouteVolumeOf8CreditsAlsoApplies() {
        // given: never worked in nursing, so the break counts from the 2004 graduation
        Evaluation evaluation = evaluate(domesticWithoutWork(NURSING, tvet(EducationField.MIDWIFERY, LAST_DAY))
                .professionalDevelopment(pdCredits(NURSING, 2, date(2022, 4, 1))));

        // then
        ChecklistItem pd = only(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT);
        assertThat(pd.rules()).contains(Rule.R26, Rule.R41);
        assertThat(pd.minimumCredits()).contains(BigDecimal.valueOf(8));
        assertThat(pd.satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
    }

    @ParameterizedTest(name = "R41 base {0} {1} of 2004-12-31 qualifies for NURSING")
    @CsvSource({"TVET, NURSING", "TVET, MEDICAL_CARE", "TVET, MIDWIFERY", "HIGHER, PEDIATRICS",
            "HIGHER, GENERAL_MEDICINE", "HIGHER, ORIENTAL_MEDICINE", "HIGHER, MEDICAL_CARE",
            "BACHELOR, NURSING", "BACHELOR, GENERAL_MEDICINE"})
    void r41_everyListedBaseDiplomaQualifies(EducationLevel level, EducationField field) {
        // given
        Evaluation evaluation = evaluate(domesticWithoutWork(NURSING,
                EducationRecord.domestic(level, field, LAST_DAY))
                .employment(workingSince(NURSING, date(2015, 1, 1)))
                .professionalDevelopment(pdCredits(NURSING, 1, date(2022, 4, 1))));

        // then
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R41, Rule.R46);
    }

    @Test
    void r41_r46_ownNursingDiplomaAfterTheCutOff_needsNoCrossQualificationPd() {
        // given
        Evaluation evaluation = evaluate(domesticTvet(NURSING, EducationField.NURSING, CUT_OFF));

        // then
        assertThat(items(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT)).isEmpty();
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
    }

    @Test
    void r42_feldsherOnAMidwiferyDiploma_needsRetrainingBefore2021AndPd() {
        // given
        Evaluation evaluation = evaluate(domesticTvet(MEDICAL_CARE, EducationField.MIDWIFERY, LAST_DAY)
                .professionalDevelopment(pdCredits(MEDICAL_CARE, 1, date(2022, 4, 1))));

        // when
        ChecklistItem item = only(evaluation, DocumentCode.RETRAINING);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.rules()).contains(Rule.R42);
        assertThat(item.basis()).contains("8-D");
        assertThat(failedRules(evaluation)).containsExactly(Rule.R42);
    }

    @ParameterizedTest(name = "R42 retraining in MEDICAL_CARE completed {0}: counts = {1}")
    @CsvSource({"2020-12-31, true", "2021-01-01, false"})
    void r33_r42_retrainingCountsOnlyBefore2021(LocalDate completed, boolean counts) {
        // given
        Evaluation evaluation = evaluate(domesticTvet(MEDICAL_CARE, EducationField.MIDWIFERY, LAST_DAY)
                .retraining(retraining(MEDICAL_CARE, completed))
                .professionalDevelopment(pdCredits(MEDICAL_CARE, 1, date(2022, 4, 1))));

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isEqualTo(counts);
        assertThat(items(evaluation, DocumentCode.RETRAINING)).hasSize(1);
    }

    @Test
    void r42_feldsherOnAFeldsherDiploma_needsNoRetraining_onlyPd() {
        // given: the base is in the declared field already
        Evaluation evaluation = evaluate(domesticTvet(MEDICAL_CARE, EducationField.MEDICAL_CARE, LAST_DAY));

        // then
        assertThat(items(evaluation, DocumentCode.RETRAINING)).isEmpty();
        assertThat(failedRules(evaluation)).containsExactly(Rule.R42);
        assertThat(only(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).rules()).contains(Rule.R42);
    }

    @Test
    void r42_r46_aSecondaryNursingDiploma_isNotABaseForTheFeldsherTrack() {
        // given: 8-D(1) second bullet lists only "Емдеу ісі" and "Акушериялық іс" at secondary level
        Evaluation evaluation = evaluate(domesticTvet(MEDICAL_CARE, EducationField.NURSING, LAST_DAY));

        // then
        assertThat(failedRules(evaluation)).contains(Rule.R46);
    }

    @Test
    void r43_midwiferyOnANursingDiploma_needsRetrainingAndPd() {
        // given
        Evaluation evaluation = evaluate(domesticTvet(MIDWIFERY, EducationField.NURSING, LAST_DAY));

        // then
        assertThat(only(evaluation, DocumentCode.RETRAINING).rules()).contains(Rule.R43);
        assertThat(only(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).rules()).contains(Rule.R43);
        assertThat(failedRules(evaluation)).containsExactly(Rule.R43);
    }

    @Test
    void r43_midwiferyOnAMidwiferyDiploma_needsNoRetraining() {
        // given
        Evaluation evaluation = evaluate(domesticTvet(MIDWIFERY, EducationField.MIDWIFERY, LAST_DAY)
                .professionalDevelopment(pdCredits(MIDWIFERY, 1, date(2023, 2, 1))));

        // then
        assertThat(items(evaluation, DocumentCode.RETRAINING)).isEmpty();
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
    }

    @Test
    void r43_midwiferyOnAHigherGeneralMedicineDegree_needsRetraining() {
        // given
        Evaluation evaluation = evaluate(domesticWithoutWork(MIDWIFERY,
                EducationRecord.domestic(EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE, date(2003, 6, 30)))
                .employment(workingSince(MIDWIFERY, date(2015, 1, 1)))
                .professionalDevelopment(pdCredits(MIDWIFERY, 1, date(2023, 2, 1))));

        // then
        assertThat(failedRules(evaluation)).containsExactly(Rule.R43);
    }

    @Test
    void r45_continuousMedicalActivitySince2004_12_31_waivesRetraining_butNotPd() {
        // given: a 2003 midwifery graduate, midwife from 2004-12-31, feldsher from 2015, without PD
        Evaluation evaluation = evaluate(domesticWithoutWork(MEDICAL_CARE, tvet(EducationField.MIDWIFERY,
                date(2003, 6, 30)))
                .employment(worked(MIDWIFERY, LAST_DAY, date(2014, 12, 31)))
                .employment(workingSince(MEDICAL_CARE, date(2015, 1, 1))));

        // then
        assertThat(items(evaluation, DocumentCode.RETRAINING)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.RETRAINING))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R45));
        assertThat(failedRules(evaluation)).containsExactly(Rule.R42);
        assertThat(only(evaluation, DocumentCode.EMPLOYMENT_RECORD).rules()).contains(Rule.R45);
    }

    @Test
    void r45_activityStarting2005_01_01_doesNotWaiveRetraining() {
        // given
        Evaluation evaluation = evaluate(domesticWithoutWork(MEDICAL_CARE, tvet(EducationField.MIDWIFERY,
                date(2003, 6, 30)))
                .employment(worked(MIDWIFERY, CUT_OFF, date(2014, 12, 31)))
                .employment(workingSince(MEDICAL_CARE, date(2015, 1, 1)))
                .professionalDevelopment(pdCredits(MEDICAL_CARE, 1, date(2022, 4, 1))));

        // then
        assertThat(only(evaluation, DocumentCode.RETRAINING).satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        assertThat(failedRules(evaluation)).containsExactly(Rule.R42);
    }
}
