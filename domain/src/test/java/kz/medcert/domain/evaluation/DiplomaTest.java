package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.NURSING;
import static kz.medcert.domain.evaluation.DocumentScenarios.PEDIATRICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticPhysician;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticTvet;
import static kz.medcert.domain.evaluation.DocumentScenarios.evaluate;
import static kz.medcert.domain.evaluation.DocumentScenarios.exempt;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.june;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;

/** The domestic diploma: upload before 2012, registry first after 2012, the 2012 gap (R21, R23, R62, R63, R70). */
class DiplomaTest {

    @Test
    void r23_graduateOf2011NotInRegistry_uploadsTheDiploma() {
        // given
        Evaluation evaluation = evaluate(domesticPhysician(PEDIATRICS, EducationField.PEDIATRICS, june(2011)));

        // when
        ChecklistItem diploma = only(evaluation, DocumentCode.DIPLOMA);

        // then: "before 2012" is the plain upload of A2 8-A(3), no registry fetch is promised
        assertThat(diploma.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(diploma.source()).isEqualTo(Source.APPLICANT);
        assertThat(diploma.rules()).containsExactly(Rule.R23);
        assertThat(diploma.basis()).isEqualTo("Appendix 2, row 8, first-time item 3");
        assertThat(diploma.subject()).hasValueSatisfying(s -> assertThat(s).contains("PEDIATRICS", "2011-06-30"));
    }

    @Test
    void r23_r21_graduateOf2012_isInNeitherClause_registryFirstThenUpload() {
        // given: 2012 is neither "before 2012" nor "after 2012"
        Evaluation evaluation = evaluate(domesticPhysician(PEDIATRICS, EducationField.PEDIATRICS, june(2012)));

        // when
        ChecklistItem diploma = only(evaluation, DocumentCode.DIPLOMA);

        // then: the fetch was tried, found nothing, so an upload slot opens (R21 fallback, R70)
        assertThat(diploma.source()).isEqualTo(Source.APPLICANT);
        assertThat(diploma.rules()).contains(Rule.R23, Rule.R21, Rule.R62, Rule.R70);
    }

    @Test
    void r62_r70_graduateOf2013NotFoundInRegistry_uploadsAsFallback() {
        // given
        Evaluation evaluation = evaluate(domesticPhysician(PEDIATRICS, EducationField.PEDIATRICS, june(2013)));

        // when
        ChecklistItem diploma = only(evaluation, DocumentCode.DIPLOMA);

        // then
        assertThat(diploma.source()).isEqualTo(Source.APPLICANT);
        assertThat(diploma.rules()).contains(Rule.R62, Rule.R21, Rule.R70);
    }

    @Test
    void r62_r21_graduateOf2013FoundInRegistry_isNeverAskedOfTheApplicant() {
        // given
        Dossier dossier = Dossier.builder(Category.DOMESTIC, PEDIATRICS, DossierFixtures.AD)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS, june(2013))
                        .inRegistry(true))
                .build();

        // when
        ChecklistItem diploma = only(DossierFixtures.evaluate(dossier), DocumentCode.DIPLOMA);

        // then
        assertThat(diploma.source()).isEqualTo(Source.REGISTRY);
        assertThat(diploma.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(diploma.rules()).contains(Rule.R62, Rule.R21).doesNotContain(Rule.R70);
    }

    @Test
    void r63_tvetDiplomaFoundInRegistry_citesTheTvetFetch() {
        // given
        Dossier dossier = Dossier.builder(Category.DOMESTIC, NURSING, DossierFixtures.AD)
                .education(EducationRecord.domestic(EducationLevel.TVET, EducationField.NURSING, june(2016))
                        .inRegistry(true))
                .build();

        // when
        ChecklistItem diploma = only(DossierFixtures.evaluate(dossier), DocumentCode.DIPLOMA);

        // then
        assertThat(diploma.source()).isEqualTo(Source.REGISTRY);
        assertThat(diploma.rules()).contains(Rule.R63, Rule.R21).doesNotContain(Rule.R62);
    }

    @Test
    void r63_tvetGraduateOf2011_uploadsTheDiploma() {
        // given
        Evaluation evaluation = evaluate(domesticTvet(NURSING, EducationField.NURSING, june(2011)));

        // when
        ChecklistItem diploma = only(evaluation, DocumentCode.DIPLOMA);

        // then
        assertThat(diploma.source()).isEqualTo(Source.APPLICANT);
        assertThat(diploma.rules()).containsExactly(Rule.R23);
    }

    @Test
    void r23_everyMedicalEducationRecord_hasItsOwnDiplomaItem() {
        // given: a TVET nursing diploma (2003) and a higher pediatrics degree (2009)
        Dossier dossier = domesticPhysician(PEDIATRICS, EducationField.PEDIATRICS, june(2009))
                .education(EducationRecord.domestic(EducationLevel.TVET, EducationField.NURSING, june(2003)))
                .build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(items(evaluation, DocumentCode.DIPLOMA)).hasSize(2)
                .allSatisfy(i -> assertThat(i.rules()).containsExactly(Rule.R23))
                .extracting(i -> i.subject().orElseThrow())
                .anySatisfy(s -> assertThat(s).contains("NURSING"))
                .anySatisfy(s -> assertThat(s).contains("PEDIATRICS"));
    }

    @Test
    void r23_r16_domesticApplicantsForeignDiplomaOf2005_isAPlainUpload() {
        // given: a Kazakhstani citizen with a 2005 Russian degree; no registry fetch exists for 2005 graduates
        Dossier dossier = Dossier.builder(Category.DOMESTIC, PEDIATRICS, DossierFixtures.AD)
                .education(DocumentScenarios.abroad(EducationLevel.HIGHER, EducationField.PEDIATRICS, june(2005),
                        DocumentScenarios.RUSSIA))
                .build();

        // when
        ChecklistItem diploma = only(DossierFixtures.evaluate(dossier), DocumentCode.DIPLOMA);

        // then
        assertThat(diploma.source()).isEqualTo(Source.APPLICANT);
        assertThat(diploma.rules()).containsExactly(Rule.R23);
    }

    @Test
    void r23_noMedicalEducationAtAll_isRefusedForTheMissingDiploma() {
        // given
        Dossier dossier = Dossier.builder(Category.DOMESTIC, PEDIATRICS, DossierFixtures.AD).build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        ChecklistItem diploma = only(evaluation, DocumentCode.DIPLOMA);
        assertThat(diploma.satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        assertThat(failedRules(evaluation)).contains(Rule.R23);
    }

    @Test
    void r23_pharmacyIsNotMedicalEducation_soNoDiplomaIsListedForIt() {
        // given: R01 keeps pharmaceutical practice out of scope
        Dossier dossier = Dossier.builder(Category.DOMESTIC, NURSING, DossierFixtures.AD)
                .education(EducationRecord.domestic(EducationLevel.TVET, EducationField.PHARMACY, june(2016)))
                .build();

        // when
        Evaluation evaluation = DossierFixtures.evaluate(dossier);

        // then
        assertThat(only(evaluation, DocumentCode.DIPLOMA).satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
    }

    @Test
    void r23_theDiplomaIsNotOnTheConfirmationList() {
        // given: 8-B lists no diploma
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.pediatricianConfirming());

        // then
        assertThat(items(evaluation, DocumentCode.DIPLOMA)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.DIPLOMA))
                .hasValueSatisfying(n -> assertThat(n.rules()).contains(Rule.R23));
    }
}
