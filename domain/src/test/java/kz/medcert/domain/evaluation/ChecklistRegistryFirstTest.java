package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.PEDIATRICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.date;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticPhysician;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.june;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.Retraining;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** R21, R70: what a registry returned is never requested from the applicant; what it did not is uploaded. */
class ChecklistRegistryFirstTest {

    static Stream<Arguments> fetchable() {
        return Stream.of(
                Arguments.of(DocumentCode.DIPLOMA, (Function<Boolean, Dossier>) found -> Dossier.builder(
                        Category.DOMESTIC, DocumentScenarios.NURSING, DossierFixtures.AD)
                        .education(EducationRecord.domestic(EducationLevel.TVET, EducationField.NURSING, june(2013))
                                .inRegistry(found)).build()),
                Arguments.of(DocumentCode.INTERNSHIP, (Function<Boolean, Dossier>) found -> domesticPhysician(
                        PEDIATRICS, EducationField.PEDIATRICS, june(2005)).postgraduate(new PostgraduateTraining(
                        PostgraduateType.INTERNSHIP, PEDIATRICS, june(2006), found)).build()),
                Arguments.of(DocumentCode.RESIDENCY, (Function<Boolean, Dossier>) found -> domesticPhysician(
                        THERAPY, EducationField.GENERAL_MEDICINE, june(2015)).postgraduate(new PostgraduateTraining(
                        PostgraduateType.RESIDENCY, THERAPY, june(2018), found)).build()),
                Arguments.of(DocumentCode.RETRAINING, (Function<Boolean, Dossier>) found -> domesticPhysician(
                        THERAPY, EducationField.PEDIATRICS, june(1997)).retraining(new Retraining(THERAPY, 864,
                        date(2010, 5, 1), found)).build()),
                Arguments.of(DocumentCode.RECOGNITION, (Function<Boolean, Dossier>) found -> domesticPhysician(
                        PEDIATRICS, EducationField.PEDIATRICS, june(1997)).education(DocumentScenarios.abroad(
                        EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE, june(1996),
                        DocumentScenarios.RUSSIA).withRecognition(DocumentScenarios.recognition(found))).build()),
                Arguments.of(DocumentCode.EMPLOYMENT_RECORD, (Function<Boolean, Dossier>) found ->
                        DossierFixtures.pediatricianWithoutHistory(DossierFixtures.AD)
                                .certificate(HeldCertificate.valid(PEDIATRICS, date(2020, 3, 1), date(2025, 3, 1), true))
                                .employment(EmploymentPeriod.current(PEDIATRICS, date(2011, 8, 1), found)).build()),
                Arguments.of(DocumentCode.CERTIFICATE_COPY, (Function<Boolean, Dossier>) found ->
                        DossierFixtures.pediatricianWithoutHistory(DossierFixtures.AD)
                                .certificate(HeldCertificate.valid(PEDIATRICS, date(2020, 3, 1), date(2025, 3, 1), found))
                                .build()),
                Arguments.of(DocumentCode.NAME_CHANGE, (Function<Boolean, Dossier>) found ->
                        DossierFixtures.foreignFirstTimeSpecialistBuilder().nameChangedAfterEducation(true)
                                .nameChangeInRegistry(found).build()),
                Arguments.of(DocumentCode.IDENTITY_DOCUMENT, (Function<Boolean, Dossier>) found ->
                        DossierFixtures.foreignFirstTimeSpecialistBuilder().identityInRegistry(found).build()));
    }

    @ParameterizedTest(name = "R21 R70 {0}: REGISTRY when fetched, APPLICANT upload when the fetch found nothing")
    @MethodSource("fetchable")
    void r21_r70_aRegistryHeldItemIsNeverRequestedFromTheApplicant(DocumentCode document,
                                                                  Function<Boolean, Dossier> dossier) {
        // when
        Evaluation fetched = DossierFixtures.evaluate(dossier.apply(true));
        Evaluation notFound = DossierFixtures.evaluate(dossier.apply(false));

        // then
        assertThat(items(fetched, document)).as("fetched").isNotEmpty()
                .allSatisfy(i -> assertThat(i.source()).isEqualTo(Source.REGISTRY));
        assertThat(items(notFound, document)).as("not found").isNotEmpty()
                .allSatisfy(i -> assertThat(i.source()).isEqualTo(Source.APPLICANT));
    }

    @Test
    void r21_r66_r68_theAssessmentAndProhibitionData_areOnlyEverFetched() {
        // given: four dossiers, one per route
        Stream<Dossier> dossiers = Stream.of(DossierFixtures.domesticFirstTimeGraduate(),
                DossierFixtures.pediatricianConfirming(), DossierFixtures.foreignFirstTimeSpecialist(),
                DossierFixtures.foreignConfirmingSpecialist());

        // then
        dossiers.map(DossierFixtures::evaluate).forEach(evaluation -> assertThat(evaluation.checklist())
                .filteredOn(i -> Set.of(DocumentCode.ASSESSMENT_RESULT, DocumentCode.PROHIBITION_CHECK)
                        .contains(i.document()))
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.source()).isEqualTo(Source.REGISTRY)));
    }

    @Test
    void r21_aFullyFetchedFirstTimeDossier_asksTheApplicantOnlyForWhatNoRegistryHolds() {
        // given: diploma, internship and residency fetched; name change and employment fetched too
        Dossier dossier = DossierFixtures.domesticFirstTimeGraduateBuilder()
                .nameChangedAfterEducation(true).nameChangeInRegistry(true)
                .employment(EmploymentPeriod.current(PEDIATRICS, date(2024, 9, 1), true)).build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(evaluation.checklist()).filteredOn(i -> i.source() == Source.APPLICANT)
                .extracting(ChecklistItem::document)
                .containsOnly(DocumentCode.APPLICATION, DocumentCode.INFORMATION_FORM);
    }
}
