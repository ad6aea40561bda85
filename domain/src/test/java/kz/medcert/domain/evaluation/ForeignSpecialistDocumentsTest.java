package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.exempt;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.internship;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.june;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Foreign specialists: identity (R47, R69), KZ diploma (R49), KZ postgraduate (R50), name (R54, R65), R56. */
class ForeignSpecialistDocumentsTest {

    /** A Russian citizen (no permit needed) with a Kazakhstani general-medicine degree of the given year. */
    private static DossierBuilder kazakhGraduate(int year) {
        return Dossier.builder(Category.FOREIGN, THERAPY, DossierFixtures.AD)
                .citizenship(DocumentScenarios.RUSSIA)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE,
                        june(year)));
    }

    @Test
    void r47_identityNotInTheRegistry_isUploaded() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(kazakhGraduate(2010).build());

        // when
        ChecklistItem item = only(evaluation, DocumentCode.IDENTITY_DOCUMENT);

        // then
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.source()).isEqualTo(Source.APPLICANT);
        assertThat(item.satisfaction()).isEqualTo(Satisfaction.NOT_STATED);
        assertThat(item.rules()).containsExactly(Rule.R47);
        assertThat(item.basis()).isEqualTo("Appendix 6, row 8, first-time item 2");
    }

    @Test
    void r69_r21_identityInTheRegistry_isNeverAskedOfTheApplicant() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(kazakhGraduate(2010).identityInRegistry(true).build());

        // then
        ChecklistItem item = only(evaluation, DocumentCode.IDENTITY_DOCUMENT);
        assertThat(item.source()).isEqualTo(Source.REGISTRY);
        assertThat(item.rules()).contains(Rule.R69);
    }

    @Test
    void r47_domesticApplicant_isIdentifiedThroughEgov() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.domesticFirstTimeGraduate());

        // then
        assertThat(items(evaluation, DocumentCode.IDENTITY_DOCUMENT)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.IDENTITY_DOCUMENT)).isPresent();
    }

    @ParameterizedTest(name = "R49 foreign specialist's KZ diploma of {0}: registry tried first = {1}")
    @CsvSource({"2012, false", "2013, true", "2014, true", "2015, true", "2016, true"})
    void r49_kazakhDiplomaOfAForeignSpecialist_isUploadedOrFetchedFirst(int year, boolean registryFirst) {
        // given: not found in the registry
        Evaluation evaluation = DossierFixtures.evaluate(kazakhGraduate(year).build());

        // when
        ChecklistItem diploma = only(evaluation, DocumentCode.DIPLOMA);

        // then
        assertThat(diploma.source()).isEqualTo(Source.APPLICANT);
        assertThat(diploma.rules()).contains(Rule.R49);
        assertThat(diploma.rules().contains(Rule.R62)).isEqualTo(registryFirst);
        assertThat(diploma.basis()).isEqualTo("Appendix 6, row 8, first-time item 4");
    }

    @Test
    void r49_diplomaOf2014_isAnUploadDueUnderR49_whereas2015IsOnlyAFallback() {
        // given
        ChecklistItem of2014 = only(DossierFixtures.evaluate(kazakhGraduate(2014).build()), DocumentCode.DIPLOMA);
        ChecklistItem of2015 = only(DossierFixtures.evaluate(kazakhGraduate(2015).build()), DocumentCode.DIPLOMA);

        // then: from 2015 no rule asks for the upload; R21/R70 open it as a fallback
        assertThat(of2014.rules()).doesNotContain(Rule.R70);
        assertThat(of2015.rules()).contains(Rule.R21, Rule.R70);
    }

    @Test
    void r49_r62_kazakhDiplomaFoundInTheRegistry_isFetched() {
        // given
        Dossier dossier = Dossier.builder(Category.FOREIGN, THERAPY, DossierFixtures.AD)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE,
                        june(2014)).inRegistry(true)).build();

        // then
        assertThat(only(DossierFixtures.evaluate(dossier), DocumentCode.DIPLOMA).source()).isEqualTo(Source.REGISTRY);
    }

    @Test
    void r49_r48_aDiplomaObtainedAbroad_comesWithTheRecognition_notAsADiplomaItem() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignFirstTimeSpecialist());

        // then
        assertThat(items(evaluation, DocumentCode.DIPLOMA)).isEmpty();
        assertThat(items(evaluation, DocumentCode.RECOGNITION)).hasSize(1);
    }

    @Test
    void r50_r37_kazakhGraduateWithoutInternship_isRefused() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(kazakhGraduate(2010).build());

        // then
        ChecklistItem item = only(evaluation, DocumentCode.INTERNSHIP);
        assertThat(item.rules()).containsExactly(Rule.R37, Rule.R50);
        assertThat(failedRules(evaluation)).contains(Rule.R37);
    }

    @Test
    void r50_r38_kazakhGraduateOf2014_needsResidencyInAClinicalSpecialty() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(kazakhGraduate(2014)
                .postgraduate(internship(THERAPY, june(2015))).build());

        // then
        assertThat(only(evaluation, DocumentCode.RESIDENCY).rules()).containsExactly(Rule.R38, Rule.R50);
        assertThat(failedRules(evaluation)).contains(Rule.R38).doesNotContain(Rule.R37);
    }

    @Test
    void r50_educationAbroad_isNotBoundByTheKazakhInternshipAndResidencyRules() {
        // given: the fixture specialist graduated in Turkey in 2015
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignFirstTimeSpecialist());

        // then
        assertThat(items(evaluation, DocumentCode.INTERNSHIP)).isEmpty();
        assertThat(items(evaluation, DocumentCode.RESIDENCY))
                .allSatisfy(i -> assertThat(i.obligation()).isEqualTo(Obligation.IF_ANY));
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R37, Rule.R38);
    }

    @Test
    void r54_foreignNameChangeNotInTheService_isAMandatoryUpload() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignFirstTimeSpecialistBuilder()
                .nameChangedAfterEducation(true).build());

        // then
        ChecklistItem item = only(evaluation, DocumentCode.NAME_CHANGE);
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.source()).isEqualTo(Source.APPLICANT);
        assertThat(item.rules()).contains(Rule.R54);
        assertThat(item.basis()).isEqualTo("Appendix 6, row 8, first-time item 8");
    }

    @Test
    void r65_r21_nameChangeHeldByTheService_isFetched() {
        // given
        Evaluation foreign = DossierFixtures.evaluate(DossierFixtures.foreignFirstTimeSpecialistBuilder()
                .nameChangedAfterEducation(true).nameChangeInRegistry(true).build());
        Evaluation domestic = DossierFixtures.evaluate(DossierFixtures.domesticFirstTimeGraduateBuilder()
                .nameChangedAfterEducation(true).nameChangeInRegistry(true).build());

        // then
        assertThat(only(foreign, DocumentCode.NAME_CHANGE).source()).isEqualTo(Source.REGISTRY);
        assertThat(only(foreign, DocumentCode.NAME_CHANGE).rules()).containsExactly(Rule.R65);
        assertThat(only(domestic, DocumentCode.NAME_CHANGE).source()).isEqualTo(Source.REGISTRY);
    }

    @Test
    void r54_domesticNameChangeNotInTheService_isAnOptionalUpload() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.domesticFirstTimeGraduateBuilder()
                .nameChangedAfterEducation(true).build());

        // then
        ChecklistItem item = only(evaluation, DocumentCode.NAME_CHANGE);
        assertThat(item.obligation()).isEqualTo(Obligation.IF_ANY);
        assertThat(item.source()).isEqualTo(Source.APPLICANT);
        assertThat(item.rules()).contains(Rule.R54, Rule.R65);
    }

    @Test
    void r54_noChangeOfName_needsNoDocument() {
        // given
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignFirstTimeSpecialist());

        // then
        assertThat(items(evaluation, DocumentCode.NAME_CHANGE)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.NAME_CHANGE))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R54));
    }

    @Test
    void r56_foreignConfirmation_listsNoneOfTheFirstTimeOnlyDocuments() {
        // given: a confirming foreign specialist who also changed name and has a Turkish degree
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignConfirmingSpecialistBuilder()
                .nameChangedAfterEducation(true).build());

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_CONFIRMATION);
        assertThat(evaluation.checklist()).extracting(ChecklistItem::document).doesNotContain(
                DocumentCode.DIPLOMA, DocumentCode.RECOGNITION, DocumentCode.EMPLOYMENT_RECORD,
                DocumentCode.NAME_CHANGE, DocumentCode.RETRAINING, DocumentCode.CERTIFICATION_COURSE,
                DocumentCode.DOCTOR_QUALIFICATION);
        assertThat(evaluation.checklist()).filteredOn(i -> i.obligation() == Obligation.MANDATORY)
                .extracting(ChecklistItem::document).doesNotContain(DocumentCode.LABOUR_PERMIT);
        assertThat(only(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).rules()).contains(Rule.R57);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }
}
