package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.DENTISTRY;
import static kz.medcert.domain.evaluation.DocumentScenarios.PEDIATRICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.RUSSIA;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.abroad;
import static kz.medcert.domain.evaluation.DocumentScenarios.date;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.internship;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.june;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static kz.medcert.domain.evaluation.DocumentScenarios.ordinatura;
import static kz.medcert.domain.evaluation.DocumentScenarios.recognition;
import static kz.medcert.domain.evaluation.DocumentScenarios.residency;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R37 for a degree obtained abroad: A2 8-C names graduates of higher medical education organisations without
 * limiting them to Kazakhstan, and the recognition of a diploma (R25, R48) does not supply an internship.
 */
class InternshipAbroadTest {

    /** A domestic applicant with a recognised Russian degree, working in the declared specialty, assessment passed. */
    private static DossierBuilder domesticEducatedInRussia(SpecialtyCode declared, EducationField field, int year) {
        return Dossier.builder(Category.DOMESTIC, declared, DossierFixtures.AD)
                .education(abroad(EducationLevel.HIGHER, field, june(year), RUSSIA).withRecognition(recognition(true)))
                .employment(EmploymentPeriod.current(declared, date(2015, 1, 1), true))
                .assessment(new AssessmentResult(declared, date(2024, 1, 10), true));
    }

    private static Dossier withoutPostgraduate(Dossier d) {
        return new Dossier(d.category(), d.declaredSpecialty(), d.declaredSpecialization(),
                d.requestsQualificationLevel(), d.applicationDate(), d.submittedAt(), d.citizenship(),
                d.permanentResident(), d.consentGiven(), d.prohibition(), d.nameChangedAfterEducation(),
                d.nameChangeInRegistry(), d.firstJobAfterGraduation(), d.identityInRegistry(), d.labourPermit(),
                d.education(), List.of(), d.retraining(), d.certificationCourses(), d.professionalDevelopment(),
                d.certificates(), d.employment(), d.assessments(), d.foreignLanguageDocuments());
    }

    @ParameterizedTest(name = "R37 {0} degree of {1} from Russia, no internship: internship mandatory = {2}")
    @CsvSource({
            "PEDIATRICS, 1997, false",
            "PEDIATRICS, 1998, false",
            "PEDIATRICS, 1999, true",
            "DENTISTRY,  2005, false",
            "DENTISTRY,  2006, false",
            "DENTISTRY,  2007, true"})
    void r37_aRecognisedDegreeFromAbroad_bindsByTheSameYears(EducationField field, int year, boolean mandatory) {
        // given
        SpecialtyCode declared = field == EducationField.DENTISTRY ? DENTISTRY : PEDIATRICS;

        // when
        Evaluation evaluation = DocumentScenarios.evaluate(domesticEducatedInRussia(declared, field, year));

        // then: recognition is there and satisfied; it does not stand in for the internship
        assertThat(only(evaluation, DocumentCode.RECOGNITION).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(items(evaluation, DocumentCode.INTERNSHIP).isEmpty()).isEqualTo(!mandatory);
        assertThat(failedRules(evaluation).contains(Rule.R37)).isEqualTo(mandatory);
        assertThat(evaluation.outcome().isEligible()).isEqualTo(!mandatory);
    }

    @Test
    void r37_anInternshipCompletedAbroad_meetsIt() {
        // given
        Evaluation evaluation = DocumentScenarios.evaluate(domesticEducatedInRussia(PEDIATRICS,
                EducationField.PEDIATRICS, 2010).postgraduate(internship(PEDIATRICS, june(2011))));

        // when
        ChecklistItem item = only(evaluation, DocumentCode.INTERNSHIP);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(item.rules()).containsExactly(Rule.R37, Rule.R24);
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
    }

    @Test
    void r37_abroad_clinicalOrdinaturaOrResidency_isTheEquivalentDocument() {
        // given: the foreign system had no separate internship; ordinatura (or residency) followed the degree
        Evaluation ordinatura = DocumentScenarios.evaluate(domesticEducatedInRussia(PEDIATRICS,
                EducationField.PEDIATRICS, 2018).postgraduate(ordinatura(PEDIATRICS, june(2020))));
        Evaluation residency = DocumentScenarios.evaluate(domesticEducatedInRussia(PEDIATRICS,
                EducationField.PEDIATRICS, 2018).postgraduate(residency(PEDIATRICS, june(2020))));

        // then
        for (Evaluation evaluation : new Evaluation[] {ordinatura, residency}) {
            ChecklistItem item = only(evaluation, DocumentCode.INTERNSHIP);
            assertThat(item.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
            assertThat(item.subject()).hasValueSatisfying(s -> assertThat(s).contains("equivalent"));
            assertThat(failedRules(evaluation)).doesNotContain(Rule.R37);
        }
    }

    @Test
    void r37_aKazakhstaniDegree_stillNeedsTheInternshipItself() {
        // given: a 2010 Kazakhstani pediatrics degree with residency but no internship
        Evaluation evaluation = DocumentScenarios.evaluate(DocumentScenarios.domesticPhysician(PEDIATRICS,
                EducationField.PEDIATRICS, june(2010)).postgraduate(residency(PEDIATRICS, june(2012))));

        // then
        assertThat(only(evaluation, DocumentCode.INTERNSHIP).subject()).isEmpty();
        assertThat(failedRules(evaluation)).containsExactly(Rule.R37);
    }

    @Test
    void r37_onDomesticConfirmation_aDegreeFromAbroad_binds_asAKazakhstaniOneDoes() {
        // given
        Evaluation evaluation = DocumentScenarios.evaluate(domesticEducatedInRussia(PEDIATRICS,
                EducationField.PEDIATRICS, 2010)
                .certificate(HeldCertificate.valid(PEDIATRICS, date(2020, 3, 1), date(2025, 3, 1), true))
                .professionalDevelopment(DossierFixtures.pdCredits(PEDIATRICS, 4, date(2023, 1, 1))));

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(only(evaluation, DocumentCode.INTERNSHIP).rules()).containsExactly(Rule.R37, Rule.R33);
        assertThat(failedRules(evaluation)).containsExactly(Rule.R37);
    }

    @Test
    void r37_foreignSpecialistFirstTime_degreeFromAbroadWithoutInternship_goesToTheOfficer() {
        // given: the fixture's recognised Turkish 2015 degree, with its residency taken away
        Dossier dossier = withoutPostgraduate(DossierFixtures.foreignFirstTimeSpecialist());

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then: A6 states no internship condition, so no refusal, but the officer is asked to look
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_FIRST_TIME);
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
        assertThat(items(evaluation, DocumentCode.INTERNSHIP)).isEmpty();
        assertThat(evaluation.reviewNotes()).singleElement().satisfies(note -> {
            assertThat(note.code()).isEqualTo("INTERNSHIP_ABROAD_NOT_STATED");
            assertThat(note.rules()).containsExactly(Rule.R37, Rule.R48);
            assertThat(note.text().en()).contains("Higher education, General medicine, 30.06.2015, Turk")
                    .doesNotContain("GENERAL_MEDICINE");
            assertThat(note.text().ru()).contains("Высшее образование, Общая медицина, 30.06.2015, Турция");
            assertThat(note.text().kk()).contains("интернатура");
            assertThat(note.text().ru()).contains("интернатура");
        });
    }

    @Test
    void r37_foreignSpecialist_withResidencyAbroad_orOnConfirmation_orGraduatedBefore1999_hasNoNote() {
        // given
        Evaluation withResidency = DossierFixtures.evaluate(DossierFixtures.foreignFirstTimeSpecialist());
        Evaluation confirming = DossierFixtures.evaluate(
                withoutPostgraduate(DossierFixtures.foreignConfirmingSpecialist()));
        Evaluation graduated1998 = DossierFixtures.evaluate(Dossier.builder(Category.FOREIGN, THERAPY,
                        DossierFixtures.AD).citizenship(DossierFixtures.TURKEY).identityInRegistry(true)
                .permanentResident(true)
                .education(new EducationRecord(EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE, june(1998),
                        DossierFixtures.TURKEY, false, false, Optional.empty(),
                        Optional.of(recognition(true))))
                .employment(EmploymentPeriod.current(THERAPY, date(2016, 9, 1), false))
                .assessment(new AssessmentResult(THERAPY, date(2024, 10, 1), true))
                .build());

        // then
        for (Evaluation evaluation : new Evaluation[] {withResidency, confirming, graduated1998}) {
            assertThat(evaluation.reviewNotes()).extracting(ReviewNote::code)
                    .doesNotContain("INTERNSHIP_ABROAD_NOT_STATED");
        }
    }
}
