package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.DENTISTRY;
import static kz.medcert.domain.evaluation.DocumentScenarios.PEDIATRICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.PUBLIC_HEALTH;
import static kz.medcert.domain.evaluation.DocumentScenarios.RUSSIA;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.abroad;
import static kz.medcert.domain.evaluation.DocumentScenarios.date;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticPhysician;
import static kz.medcert.domain.evaluation.DocumentScenarios.evaluate;
import static kz.medcert.domain.evaluation.DocumentScenarios.exempt;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.internship;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.june;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static kz.medcert.domain.evaluation.DocumentScenarios.recognition;
import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R37: internship is mandatory by graduation year; R24: the "Дәрігер" qualification document. */
class PostgraduateInternshipTest {

    @ParameterizedTest(name = "R37 {0} graduate of {1} declaring {2}: internship mandatory = {3}")
    @CsvSource({
            "PEDIATRICS,        1997, PEDIATRICS, false",
            "PEDIATRICS,        1998, PEDIATRICS, false",
            "PEDIATRICS,        1999, PEDIATRICS, true",
            "PEDIATRICS,        2000, PEDIATRICS, true",
            "GENERAL_MEDICINE,  1997, THERAPY,    false",
            "GENERAL_MEDICINE,  1998, THERAPY,    false",
            "GENERAL_MEDICINE,  1999, THERAPY,    true",
            "MEDICAL_CARE,      1997, THERAPY,    false",
            "MEDICAL_CARE,      1998, THERAPY,    false",
            "MEDICAL_CARE,      1999, THERAPY,    true",
            "ORIENTAL_MEDICINE, 2005, THERAPY,    false",
            "ORIENTAL_MEDICINE, 2006, THERAPY,    false",
            "ORIENTAL_MEDICINE, 2007, THERAPY,    true",
            "ORIENTAL_MEDICINE, 2008, THERAPY,    true",
            "DENTISTRY,         2005, DENTISTRY,  false",
            "DENTISTRY,         2006, DENTISTRY,  false",
            "DENTISTRY,         2007, DENTISTRY,  true",
            "DENTISTRY,         2008, DENTISTRY,  true"})
    void r37_internshipIsMandatoryStrictlyAfterTheThresholdYear(EducationField field, int year, String declared,
                                                                boolean mandatory) {
        // given: a higher-education graduate without internship
        Evaluation evaluation = evaluate(domesticPhysician(SpecialtyCode.of(declared), field, june(year)));

        // when
        boolean internshipRequired = !items(evaluation, DocumentCode.INTERNSHIP).isEmpty();

        // then
        assertThat(internshipRequired).isEqualTo(mandatory);
        assertThat(failedRules(evaluation).contains(Rule.R37)).isEqualTo(mandatory);
        if (mandatory) {
            ChecklistItem item = only(evaluation, DocumentCode.INTERNSHIP);
            assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
            assertThat(item.satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
            assertThat(item.rules()).contains(Rule.R37);
            assertThat(item.basis()).contains("8-C");
            assertThat(DossierFixtures.refusal(evaluation).grounds()).contains(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        } else {
            assertThat(exempt(evaluation, DocumentCode.INTERNSHIP)).isPresent();
        }
    }

    @Test
    void r37_pediatricsGraduateOf1999_withInternship_isSatisfied() {
        // given
        Evaluation evaluation = evaluate(domesticPhysician(PEDIATRICS, EducationField.PEDIATRICS, june(1999))
                .postgraduate(internship(PEDIATRICS, june(2000))));

        // when
        ChecklistItem item = only(evaluation, DocumentCode.INTERNSHIP);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(item.rules()).contains(Rule.R37, Rule.R24);
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R37);
    }

    @Test
    void r37_r21_internshipFromTheRegistry_isNeverAskedOfTheApplicant() {
        // given
        Evaluation evaluation = evaluate(domesticPhysician(PEDIATRICS, EducationField.PEDIATRICS, june(2005))
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, PEDIATRICS, june(2006), true)));

        // then
        assertThat(only(evaluation, DocumentCode.INTERNSHIP).source()).isEqualTo(Source.REGISTRY);
    }

    @Test
    void r37_appliesOnTheConfirmationRouteToo() {
        // given: a 2010 pediatrics graduate confirming a valid certificate, without an internship record
        Dossier dossier = Dossier.builder(Category.DOMESTIC, PEDIATRICS, DossierFixtures.AD)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS, june(2010)))
                .certificate(HeldCertificate.valid(PEDIATRICS, date(2020, 3, 1), date(2025, 3, 1), true))
                .employment(EmploymentPeriod.current(PEDIATRICS, date(2011, 8, 1), true))
                .professionalDevelopment(DossierFixtures.pdCredits(PEDIATRICS, 4, date(2023, 3, 1)))
                .build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(only(evaluation, DocumentCode.INTERNSHIP).rules()).contains(Rule.R37, Rule.R33);
        assertThat(failedRules(evaluation)).containsExactly(Rule.R37);
    }

    @Test
    void r37_tvetDentistryDiploma_doesNotBindInternship() {
        // given: "Стоматология" binds only at the higher level
        Dossier dossier = domesticPhysician(DENTISTRY, EducationField.DENTISTRY, june(2010)).build();
        Dossier tvetOnly = Dossier.builder(Category.DOMESTIC, DENTISTRY, DossierFixtures.AD)
                .education(EducationRecord.domestic(EducationLevel.TVET, EducationField.DENTISTRY, june(2010)))
                .build();

        // then
        assertThat(failedRules(DossierFixtures.evaluate(dossier))).contains(Rule.R37);
        assertThat(items(DossierFixtures.evaluate(tvetOnly), DocumentCode.INTERNSHIP)).isEmpty();
    }

    @Test
    void r24_publicHealth_aSpecialtyWithoutInternshipOrResidency_needsTheDoctorQualification() {
        // given: a general-medicine graduate of 1995 (before internship became mandatory)
        Evaluation evaluation = evaluate(domesticPhysician(PUBLIC_HEALTH, EducationField.GENERAL_MEDICINE,
                june(1995)));

        // when
        ChecklistItem item = only(evaluation, DocumentCode.DOCTOR_QUALIFICATION);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.source()).isEqualTo(Source.APPLICANT);
        assertThat(item.rules()).containsExactly(Rule.R24);
        assertThat(item.basis()).isEqualTo("Appendix 2, row 8, first-time item 4");
        assertThat(items(evaluation, DocumentCode.RESIDENCY)).isEmpty();
    }

    @Test
    void r24_aSpecialtyWithResidency_needsNoDoctorQualification() {
        // given
        Evaluation evaluation = evaluate(domesticPhysician(THERAPY, EducationField.GENERAL_MEDICINE, june(1995)));

        // then
        assertThat(items(evaluation, DocumentCode.DOCTOR_QUALIFICATION)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.DOCTOR_QUALIFICATION))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R24));
    }

    @Test
    void r24_tvetSpecialty_listsNoPhysicianDocuments() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(Dossier.builder(Category.DOMESTIC,
                DocumentScenarios.NURSING, DossierFixtures.AD)
                .education(EducationRecord.domestic(EducationLevel.TVET, EducationField.NURSING, june(2015)))
                .build());

        // then
        assertThat(evaluation.checklist()).extracting(ChecklistItem::document).doesNotContain(
                DocumentCode.INTERNSHIP, DocumentCode.RESIDENCY, DocumentCode.DOCTOR_QUALIFICATION);
        assertThat(exempt(evaluation, DocumentCode.INTERNSHIP)).isPresent();
    }
}
