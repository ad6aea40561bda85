package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.PEDIATRICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.RUSSIA;
import static kz.medcert.domain.evaluation.DocumentScenarios.abroad;
import static kz.medcert.domain.evaluation.DocumentScenarios.date;
import static kz.medcert.domain.evaluation.DocumentScenarios.exempt;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.internship;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.june;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static kz.medcert.domain.evaluation.DocumentScenarios.recognition;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/** Recognition of education obtained abroad: R16 (flag), R25 (first-time), R36 (confirmation), R48 (foreign). */
class RecognitionTest {
    private static final EducationRecord RUSSIAN_DEGREE =
            abroad(EducationLevel.HIGHER, EducationField.PEDIATRICS, june(2010), RUSSIA);

    /** With the internship that R37 asks of a 2010 degree wherever it was obtained: recognition does not supply it. */
    private static DossierBuilder domestic(EducationRecord education) {
        return Dossier.builder(Category.DOMESTIC, PEDIATRICS, DossierFixtures.AD).education(education)
                .postgraduate(internship(PEDIATRICS, june(2011)))
                .employment(EmploymentPeriod.current(PEDIATRICS, date(2015, 1, 1), true))
                .assessment(DossierFixtures.passedAssessment(PEDIATRICS, date(2024, 1, 10)));
    }

    @Test
    void r16_r25_domesticApplicantEducatedAbroadWithoutRecognition_isRefused() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(domestic(RUSSIAN_DEGREE).build());

        // when
        ChecklistItem item = only(evaluation, DocumentCode.RECOGNITION);

        // then
        assertThat(evaluation.route().flags()).contains(Flag.EDUCATED_ABROAD);
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.source()).isEqualTo(Source.APPLICANT);
        assertThat(item.satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        assertThat(item.rules()).containsExactly(Rule.R25, Rule.R16);
        assertThat(item.basis()).isEqualTo("Appendix 2, row 8, first-time item 5");
        assertThat(item.subject()).hasValueSatisfying(s -> assertThat(s).contains("RU"));
        assertThat(failedRules(evaluation)).containsExactly(Rule.R25);
    }

    @Test
    void r16_r30_domesticApplicantEducatedAbroad_needsTheAssessmentOnFirstTime() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(domestic(RUSSIAN_DEGREE.withRecognition(recognition(false)))
                .build());

        // then
        assertThat(only(evaluation, DocumentCode.ASSESSMENT_RESULT).rules()).contains(Rule.R30);
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
    }

    @Test
    void r25_r21_recognitionFromTheRegistry_hasSourceRegistry() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(domestic(RUSSIAN_DEGREE.withRecognition(recognition(true)))
                .build());

        // then
        ChecklistItem item = only(evaluation, DocumentCode.RECOGNITION);
        assertThat(item.source()).isEqualTo(Source.REGISTRY);
        assertThat(item.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
    }

    @Test
    void r25_aForeignInstitutionsBranchInKazakhstan_alsoNeedsRecognition() {
        // given: literal reading of "(or their branches)"
        EducationRecord branch = new EducationRecord(EducationLevel.HIGHER, EducationField.PEDIATRICS, june(2010),
                CountryCode.KAZAKHSTAN, true, false, Optional.of("Branch of a foreign university"),
                Optional.empty());

        // when
        Evaluation evaluation = DossierFixtures.evaluate(domestic(branch).build());

        // then
        assertThat(evaluation.route().flags()).contains(Flag.EDUCATED_ABROAD);
        assertThat(failedRules(evaluation)).contains(Rule.R25);
    }

    @Test
    void r25_educationInKazakhstan_needsNoRecognition() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.domesticFirstTimeGraduate());

        // then
        assertThat(items(evaluation, DocumentCode.RECOGNITION)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.RECOGNITION))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R25));
        assertThat(evaluation.route().flags()).doesNotContain(Flag.EDUCATED_ABROAD);
    }

    @Test
    void r25_oneRecognitionItemPerDegreeObtainedAbroad() {
        // given: a Russian degree and a Kyrgyz TVET diploma
        Evaluation evaluation = DossierFixtures.evaluate(domestic(RUSSIAN_DEGREE.withRecognition(recognition(true)))
                .education(abroad(EducationLevel.TVET, EducationField.NURSING, june(2004), CountryCode.of("KG")))
                .build());

        // then
        assertThat(items(evaluation, DocumentCode.RECOGNITION)).hasSize(2);
        assertThat(failedRules(evaluation)).containsExactly(Rule.R25);
    }

    @Test
    void r36_domesticConfirmationEducatedAbroad_needsRecognition() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(domestic(RUSSIAN_DEGREE)
                .certificate(HeldCertificate.valid(PEDIATRICS, date(2020, 3, 1), date(2025, 3, 1), true))
                .professionalDevelopment(DossierFixtures.pdCredits(PEDIATRICS, 4, date(2023, 1, 1)))
                .build());

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        ChecklistItem item = only(evaluation, DocumentCode.RECOGNITION);
        assertThat(item.rules()).containsExactly(Rule.R36, Rule.R16);
        assertThat(item.basis()).isEqualTo("Appendix 2, row 8, confirmation item 8");
        assertThat(failedRules(evaluation)).containsExactly(Rule.R36);
    }

    @Test
    void r48_foreignFirstTimeEducatedAbroad_needsRecognition() {
        // given: the fixture specialist without the recognition
        Dossier fixture = DossierFixtures.foreignFirstTimeSpecialist();
        EducationRecord degree = fixture.education().get(0);
        EducationRecord unrecognised = new EducationRecord(degree.level(), degree.field(), degree.graduationDate(),
                degree.country(), degree.foreignInstitution(), false, degree.institution(), Optional.empty());
        Dossier dossier = Dossier.builder(Category.FOREIGN, fixture.declaredSpecialty(), fixture.applicationDate())
                .citizenship(fixture.citizenship().orElseThrow()).identityInRegistry(true)
                .labourPermit(fixture.labourPermit().orElseThrow()).education(unrecognised)
                .postgraduate(fixture.postgraduate().get(0)).employment(fixture.employment().periods().get(0))
                .professionalDevelopment(fixture.professionalDevelopment().get(0))
                .assessment(fixture.assessments().get(0)).build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        ChecklistItem item = only(evaluation, DocumentCode.RECOGNITION);
        assertThat(item.rules()).containsExactly(Rule.R48);
        assertThat(item.basis()).isEqualTo("Appendix 6, row 8, first-time item 3");
        assertThat(failedRules(evaluation)).containsExactly(Rule.R48);
    }

    @Test
    void r48_r56_foreignConfirmation_doesNotAskForRecognitionAgain() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignConfirmingSpecialist());

        // then
        assertThat(items(evaluation, DocumentCode.RECOGNITION)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.RECOGNITION))
                .hasValueSatisfying(n -> assertThat(n.rules()).contains(Rule.R48, Rule.R56));
    }
}
