package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.PEDIATRICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.date;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticPhysician;
import static kz.medcert.domain.evaluation.DocumentScenarios.evaluate;
import static kz.medcert.domain.evaluation.DocumentScenarios.exempt;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.june;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/** The document confirming labour activity: R31 and R67 (domestic), R52 (foreign). */
class EmploymentRecordTest {

    @Test
    void r31_r67_firstTime_employmentFetchedFromTheRegistry_isIfAnyAndNeverUploaded() {
        // given: employed in PEDIATRICS since 2015 (registry)
        Evaluation evaluation = evaluate(domesticPhysician(PEDIATRICS, EducationField.PEDIATRICS, june(1997)));

        // when
        ChecklistItem item = only(evaluation, DocumentCode.EMPLOYMENT_RECORD);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.IF_ANY);
        assertThat(item.source()).isEqualTo(Source.REGISTRY);
        assertThat(item.rules()).containsExactly(Rule.R31, Rule.R67);
        assertThat(item.basis()).isEqualTo("Appendix 2, row 8, first-time item 9");
    }

    @Test
    void r31_firstTime_employmentNotInTheService_isUploadedIfAny() {
        // given
        Evaluation evaluation = evaluate(Dossier.builder(Category.DOMESTIC, PEDIATRICS, DossierFixtures.AD)
                .education(DocumentScenarios.higher(EducationField.PEDIATRICS, june(1997)))
                .employment(EmploymentPeriod.current(PEDIATRICS, date(2015, 1, 1), false)));

        // when
        ChecklistItem item = only(evaluation, DocumentCode.EMPLOYMENT_RECORD);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.IF_ANY);
        assertThat(item.source()).isEqualTo(Source.APPLICANT);
    }

    @Test
    void r31_r67_confirmation_employmentIsMandatory_andFetched() {
        // given: the contract pediatrician, employed in PEDIATRICS (registry)
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.pediatricianConfirming());

        // when
        ChecklistItem item = only(evaluation, DocumentCode.EMPLOYMENT_RECORD);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.source()).isEqualTo(Source.REGISTRY);
        assertThat(item.basis()).isEqualTo("Appendix 2, row 8, confirmation item 5");
    }

    @Test
    void r31_confirmation_employmentNotInTheService_isAMandatoryUpload() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.pediatricianWithoutHistory(DossierFixtures.AD)
                .certificate(HeldCertificate.valid(PEDIATRICS, date(2020, 3, 1),
                        date(2025, 3, 1), true))
                .employment(EmploymentPeriod.current(PEDIATRICS, date(2011, 8, 1), false))
                .professionalDevelopment(DossierFixtures.pdCredits(PEDIATRICS, 4, date(2023, 1, 1)))
                .build());

        // then
        ChecklistItem item = only(evaluation, DocumentCode.EMPLOYMENT_RECORD);
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.source()).isEqualTo(Source.APPLICANT);
    }

    @Test
    void r31_r21_onlyTheActivityInTheDeclaredSpecialtyDecidesTheSource() {
        // given: THERAPY work from the registry, plus an older PEDIATRICS job the service does not hold
        Evaluation evaluation = evaluate(domesticPhysician(THERAPY, EducationField.GENERAL_MEDICINE, june(1997))
                .employment(EmploymentPeriod.ended(PEDIATRICS, date(2008, 1, 1), date(2012, 1, 1), false)));

        // then: R31 asks for labour activity relevant to the declared specialty, which the registry holds
        assertThat(only(evaluation, DocumentCode.EMPLOYMENT_RECORD).source()).isEqualTo(Source.REGISTRY);
    }

    @Test
    void r31_r40_r45_continuityThatNoExemptionRestsOn_leavesTheDocumentIfAny() {
        // given: a pediatrician in PEDIATRICS since 2000 (R39 does not apply), and a nurse on her own 2003
        // diploma in nursing since 2003 (R41 needs no retraining): neither uses R40 or R45
        Evaluation physician = evaluate(domesticPhysician(PEDIATRICS, EducationField.PEDIATRICS, june(1997))
                .employment(EmploymentPeriod.ended(PEDIATRICS, date(2000, 9, 1), date(2014, 12, 31), true)));
        Evaluation nurse = evaluate(Dossier.builder(Category.DOMESTIC, DocumentScenarios.NURSING, DossierFixtures.AD)
                .education(DocumentScenarios.tvet(EducationField.NURSING, june(2003)))
                .employment(EmploymentPeriod.current(DocumentScenarios.NURSING, date(2003, 9, 1), true)));

        // then
        for (Evaluation evaluation : List.of(physician, nurse)) {
            ChecklistItem item = only(evaluation, DocumentCode.EMPLOYMENT_RECORD);
            assertThat(item.obligation()).isEqualTo(Obligation.IF_ANY);
            assertThat(item.rules()).containsExactly(Rule.R31, Rule.R67);
        }
    }

    @Test
    void r31_noActivityInTheDeclaredSpecialty_isNotRequired() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.domesticFirstTimeGraduate());

        // then
        assertThat(items(evaluation, DocumentCode.EMPLOYMENT_RECORD)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.EMPLOYMENT_RECORD))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R31));
    }

    @Test
    void r52_foreignFirstTime_notAFirstJob_needsTheLabourDocument() {
        // given: the fixture specialist works in THERAPY since 2016
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignFirstTimeSpecialist());

        // when
        ChecklistItem item = only(evaluation, DocumentCode.EMPLOYMENT_RECORD);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.source()).isEqualTo(Source.APPLICANT);
        assertThat(item.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(item.rules()).containsExactly(Rule.R52);
        assertThat(item.basis()).isEqualTo("Appendix 6, row 8, first-time item 6");
    }

    @Test
    void r52_r67_foreignLabourDataAreNeverFetched() {
        // given: P24 has no labour-data fetch, even if a row came from a registry
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignFirstTimeSpecialistBuilder()
                .employment(EmploymentPeriod.ended(THERAPY, date(2015, 9, 1), date(2016, 8, 31), true)).build());

        // then
        assertThat(only(evaluation, DocumentCode.EMPLOYMENT_RECORD).source()).isEqualTo(Source.APPLICANT);
    }

    @Test
    void r52_foreignFirstTime_notAFirstJobAndNoLabourActivityStated_isRefused() {
        // given
        Dossier fixture = DossierFixtures.foreignFirstTimeSpecialist();
        Dossier dossier = Dossier.builder(Category.FOREIGN, THERAPY, DossierFixtures.AD)
                .citizenship(fixture.citizenship().orElseThrow()).identityInRegistry(true)
                .labourPermit(fixture.labourPermit().orElseThrow()).education(fixture.education().get(0))
                .postgraduate(fixture.postgraduate().get(0))
                .professionalDevelopment(fixture.professionalDevelopment().get(0))
                .assessment(fixture.assessments().get(0)).build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(only(evaluation, DocumentCode.EMPLOYMENT_RECORD).satisfaction())
                .isEqualTo(Satisfaction.NOT_SATISFIED);
        assertThat(failedRules(evaluation)).contains(Rule.R52);
    }

    @Test
    void r52_foreignFirstJobAfterGraduation_isNotRequired() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignFirstTimeSpecialistBuilder()
                .firstJobAfterGraduation(true).build());

        // then
        assertThat(items(evaluation, DocumentCode.EMPLOYMENT_RECORD)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.EMPLOYMENT_RECORD))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R52));
    }

    @Test
    void r52_r56_foreignConfirmation_listsNoLabourDocument() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignConfirmingSpecialist());

        // then
        assertThat(items(evaluation, DocumentCode.EMPLOYMENT_RECORD)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.EMPLOYMENT_RECORD))
                .hasValueSatisfying(n -> assertThat(n.rules()).contains(Rule.R52, Rule.R56));
    }
}
