package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.LABORATORY_DIAGNOSTICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.MIDWIFERY;
import static kz.medcert.domain.evaluation.DocumentScenarios.NURSING;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.date;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticTvet;
import static kz.medcert.domain.evaluation.DocumentScenarios.evaluate;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static kz.medcert.domain.evaluation.DocumentScenarios.retraining;
import static kz.medcert.domain.evaluation.DossierFixtures.pdCredits;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.CertificationCourse;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.Retraining;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R44: laboratory diagnostics on diplomas before 2012 with one of three alternatives; R46: the cut-offs. */
class TvetLaboratoryTest {
    private static final LocalDate LAST_DAY = date(2011, 12, 31);
    private static final LocalDate CUT_OFF = date(2012, 1, 1);

    private static DossierBuilder nurseDeclaringLaboratory(LocalDate graduated) {
        return domesticTvet(LABORATORY_DIAGNOSTICS, EducationField.NURSING, graduated);
    }

    private static CertificationCourse course(LocalDate completed) {
        return new CertificationCourse(LABORATORY_DIAGNOSTICS, BigDecimal.valueOf(4), completed);
    }

    @Test
    void r44_nursingDiplomaOf2011_12_31WithoutAnyAlternative_isRefused() {
        // given
        Evaluation evaluation = evaluate(nurseDeclaringLaboratory(LAST_DAY));

        // when
        ChecklistItem item = only(evaluation, DocumentCode.CERTIFICATION_COURSE);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        assertThat(item.rules()).contains(Rule.R44);
        assertThat(item.window()).isPresent();
        assertThat(failedRules(evaluation)).containsExactly(Rule.R44);
    }

    @ParameterizedTest(name = "R44 R46 nursing diploma of {0} with a course, declared for LABORATORY_DIAGNOSTICS: "
            + "eligible = {1}")
    @CsvSource({"2011-12-30, true", "2011-12-31, true", "2012-01-01, false", "2012-01-02, false"})
    void r44_r46_nursingDiplomaFrom2012_01_01_cannotBeCertifiedInLaboratoryDiagnostics(LocalDate graduated,
                                                                                      boolean eligible) {
        // given: even with a course, the cross-qualification closes on 2012-01-01
        Evaluation evaluation = evaluate(nurseDeclaringLaboratory(graduated).certificationCourse(course(
                date(2022, 3, 1))));

        // then
        assertThat(failedRules(evaluation)).isEqualTo(eligible ? List.of() : List.of(Rule.R46));
    }

    @Test
    void r44_certificationCourseWithinFiveYears_satisfies() {
        // given
        Evaluation evaluation = evaluate(nurseDeclaringLaboratory(LAST_DAY).certificationCourse(course(
                date(2022, 3, 1))));

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
        assertThat(items(evaluation, DocumentCode.CERTIFICATION_COURSE)).hasSize(1);
    }

    @ParameterizedTest(name = "R44 course completed {0} (AD 2024-12-02): inside the 5-year window = {1}")
    @CsvSource({"2019-12-01, false", "2019-12-02, true", "2019-12-03, true"})
    void r44_certificationCourseWindow(LocalDate completed, boolean within) {
        // given
        Evaluation evaluation = evaluate(nurseDeclaringLaboratory(LAST_DAY).certificationCourse(course(completed)));

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isEqualTo(within);
    }

    @ParameterizedTest(name = "R44 retraining completed {0}: satisfies = {1}")
    @CsvSource({"2020-12-31, true", "2021-01-01, false"})
    void r44_r33_retrainingBefore2021_satisfies(LocalDate completed, boolean satisfies) {
        // given
        Evaluation evaluation = evaluate(nurseDeclaringLaboratory(LAST_DAY)
                .retraining(retraining(LABORATORY_DIAGNOSTICS, completed)));

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isEqualTo(satisfies);
    }

    @Test
    void r44_r21_metByARetrainingFromTheRegistry_isNotAskedOfTheApplicant() {
        // given
        Evaluation fetched = evaluate(nurseDeclaringLaboratory(LAST_DAY).retraining(
                new Retraining(LABORATORY_DIAGNOSTICS, 500, date(2019, 5, 1), true)));
        Evaluation uploaded = evaluate(nurseDeclaringLaboratory(LAST_DAY)
                .retraining(retraining(LABORATORY_DIAGNOSTICS, date(2019, 5, 1))));

        // then
        assertThat(only(fetched, DocumentCode.CERTIFICATION_COURSE).source()).isEqualTo(Source.REGISTRY);
        assertThat(only(uploaded, DocumentCode.CERTIFICATION_COURSE).source()).isEqualTo(Source.APPLICANT);
        assertThat(items(fetched, DocumentCode.RETRAINING)).hasSize(1)
                .allSatisfy(i -> assertThat(i.source()).isEqualTo(Source.REGISTRY));
    }

    @Test
    void r44_pdInLaboratoryDiagnosticsWithinFiveYears_satisfies() {
        // given
        Evaluation evaluation = evaluate(nurseDeclaringLaboratory(LAST_DAY)
                .professionalDevelopment(pdCredits(LABORATORY_DIAGNOSTICS, 1, date(2023, 9, 1))));

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
    }

    @Test
    void r44_pdInAnotherSpecialty_doesNotSatisfy() {
        // given
        Evaluation evaluation = evaluate(nurseDeclaringLaboratory(LAST_DAY)
                .professionalDevelopment(pdCredits(NURSING, 4, date(2023, 9, 1))));

        // then
        assertThat(failedRules(evaluation)).containsExactly(Rule.R44);
    }

    @Test
    void r44_r46_ownLaboratoryDiplomaAfter2012_needsNoAlternative() {
        // given
        Evaluation evaluation = evaluate(domesticTvet(LABORATORY_DIAGNOSTICS, EducationField.LABORATORY_DIAGNOSTICS,
                CUT_OFF));

        // then
        assertThat(items(evaluation, DocumentCode.CERTIFICATION_COURSE)).isEmpty();
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
    }

    @Test
    void r46_aPhysiciansSpecialtyWithOnlyATvetNursingDiploma_isRefused() {
        // given
        Evaluation evaluation = evaluate(domesticTvet(THERAPY, EducationField.NURSING, date(2010, 6, 30)));

        // then
        Outcome.Refusal refusal = DossierFixtures.refusal(evaluation);
        assertThat(refusal.failedRules()).containsExactly(Rule.R46);
        assertThat(refusal.grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
    }

    @ParameterizedTest(name = "R46 TVET {0} graduate of 2010 declaring {1}: refused under R46 = {2}")
    @CsvSource({"NURSING, NURSING, false", "NURSING, MIDWIFERY, true", "NURSING, MEDICAL_CARE, true",
            "MIDWIFERY, MIDWIFERY, false", "MIDWIFERY, NURSING, true", "MEDICAL_CARE, MEDICAL_CARE, false",
            "MEDICAL_CARE, LABORATORY_DIAGNOSTICS, false", "MEDICAL_CARE, NURSING, true"})
    void r46_tvetGraduateAfterTheCutOff_isCertifiedOnlyInTheirOwnSpecialty(EducationField field, String declared,
                                                                           boolean refused) {
        // given: 2010 is after the 2005 cut-off (and before the 2012 laboratory one)
        Evaluation evaluation = evaluate(domesticTvet(SpecialtyCode.of(declared), field, date(2010, 6, 30)));

        // then
        assertThat(failedRules(evaluation).contains(Rule.R46)).isEqualTo(refused);
    }

    @Test
    void r23_r46_noEducationStatedAtAll_failsTheDiplomaOnly() {
        // given: a TVET specialty declared without any education record
        Evaluation evaluation = DossierFixtures.evaluate(Dossier.builder(Category.DOMESTIC, NURSING, DossierFixtures.AD).build());

        // then: as for a physician's specialty, the missing diploma is the finding
        assertThat(failedRules(evaluation)).contains(Rule.R23).doesNotContain(Rule.R46);
    }

    @Test
    void r46_aPhysicianDegreeAfterTheCutOff_isNoBaseForNursing() {
        // given: a 2010 pediatrics degree (set H) declared for NURSING
        Evaluation evaluation = evaluate(domesticTvet(NURSING, EducationField.MIDWIFERY, date(2006, 6, 30))
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                        date(2010, 6, 30))));

        // then
        assertThat(failedRules(evaluation)).contains(Rule.R46);
        assertThat(failedRules(DocumentScenarios.evaluate(domesticTvet(MIDWIFERY, EducationField.MIDWIFERY,
                date(2006, 6, 30))))).doesNotContain(Rule.R46);
    }
}
