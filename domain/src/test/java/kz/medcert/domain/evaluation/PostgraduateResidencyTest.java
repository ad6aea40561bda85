package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.CARDIOLOGY;
import static kz.medcert.domain.evaluation.DocumentScenarios.PUBLIC_HEALTH;
import static kz.medcert.domain.evaluation.DocumentScenarios.RADIOLOGY;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.domesticPhysician;
import static kz.medcert.domain.evaluation.DocumentScenarios.evaluate;
import static kz.medcert.domain.evaluation.DocumentScenarios.exempt;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.internship;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.june;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static kz.medcert.domain.evaluation.DocumentScenarios.ordinatura;
import static kz.medcert.domain.evaluation.DocumentScenarios.residency;
import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R38: residency (or clinical ordinatura) in a clinical specialty for first degrees after 2013. */
class PostgraduateResidencyTest {

    /** A general-medicine graduate with internship (R37 met), declaring the given specialty. */
    private static DossierBuilder graduate(SpecialtyCode declared, int year) {
        return domesticPhysician(declared, EducationField.GENERAL_MEDICINE, june(year))
                .postgraduate(internship(declared, june(year + 1)));
    }

    @ParameterizedTest(name = "R38 first degree {0}, clinical THERAPY, no residency: mandatory = {1}")
    @CsvSource({"2012, false", "2013, false", "2014, true", "2015, true"})
    void r38_residencyIsMandatoryForFirstDegreesAfter2013(int year, boolean mandatory) {
        // given
        Evaluation evaluation = evaluate(graduate(THERAPY, year));

        // when
        boolean listed = !items(evaluation, DocumentCode.RESIDENCY).isEmpty();

        // then
        assertThat(listed).isEqualTo(mandatory);
        assertThat(failedRules(evaluation).contains(Rule.R38)).isEqualTo(mandatory);
        if (mandatory) {
            ChecklistItem item = only(evaluation, DocumentCode.RESIDENCY);
            assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
            assertThat(item.satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
            assertThat(item.rules()).contains(Rule.R38);
            assertThat(DossierFixtures.refusal(evaluation).grounds())
                    .containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        } else {
            assertThat(exempt(evaluation, DocumentCode.RESIDENCY))
                    .hasValueSatisfying(n -> assertThat(n.rules()).contains(Rule.R38));
        }
    }

    @Test
    void r38_residencyInTheDeclaredSpecialty_satisfies() {
        // given
        Evaluation evaluation = evaluate(graduate(THERAPY, 2014).postgraduate(residency(THERAPY, june(2017))));

        // then
        ChecklistItem item = only(evaluation, DocumentCode.RESIDENCY);
        assertThat(item.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(item.source()).isEqualTo(Source.APPLICANT);
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R38);
    }

    @Test
    void r38_clinicalOrdinaturaInTheDeclaredSpecialty_satisfies() {
        // given
        Evaluation evaluation = evaluate(graduate(THERAPY, 2014).postgraduate(ordinatura(THERAPY, june(2016))));

        // then
        assertThat(only(evaluation, DocumentCode.RESIDENCY).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R38);
    }

    @Test
    void r38_residencyInAnotherSpecialty_doesNotSatisfy() {
        // given: residency in CARDIOLOGY while THERAPY is declared
        Evaluation evaluation = evaluate(graduate(THERAPY, 2014).postgraduate(residency(CARDIOLOGY, june(2017))));

        // then
        assertThat(only(evaluation, DocumentCode.RESIDENCY).satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        assertThat(failedRules(evaluation)).contains(Rule.R38);
    }

    @Test
    void r38_residencyInTheParentSpecialty_satisfiesADeclaredSpecialization() {
        // given: INTERVENTIONAL_CARDIOLOGY is practised within CARDIOLOGY
        Evaluation evaluation = evaluate(graduate(CARDIOLOGY, 2014)
                .declaredSpecialization(DossierFixtures.INTERVENTIONAL_CARDIOLOGY)
                .postgraduate(residency(CARDIOLOGY, june(2017))));

        // then
        assertThat(only(evaluation, DocumentCode.RESIDENCY).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
    }

    @Test
    void r38_r21_residencyFromTheRegistry_hasSourceRegistry() {
        // given
        Evaluation evaluation = evaluate(graduate(THERAPY, 2014)
                .postgraduate(new PostgraduateTraining(PostgraduateType.RESIDENCY, THERAPY, june(2017), true)));

        // then
        assertThat(only(evaluation, DocumentCode.RESIDENCY).source()).isEqualTo(Source.REGISTRY);
    }

    @Test
    void r38_theFirstDegreeDecides_notALaterOne() {
        // given: a first degree in 2013 and a second (pediatrics) in 2016
        Evaluation evaluation = evaluate(graduate(THERAPY, 2013)
                .education(EducationRecord.domestic(EducationLevel.HIGHER,
                        EducationField.PEDIATRICS, june(2016))));

        // then
        assertThat(failedRules(evaluation)).doesNotContain(Rule.R38);
    }

    @Test
    void r38_nonClinicalSpecialties_needNoResidency() {
        // given: RADIOLOGY and PUBLIC_HEALTH are not clinical in the List
        Evaluation radiology = evaluate(graduate(RADIOLOGY, 2016));
        Evaluation publicHealth = evaluate(graduate(PUBLIC_HEALTH, 2016));

        // then
        assertThat(items(radiology, DocumentCode.RESIDENCY)).isEmpty();
        assertThat(items(publicHealth, DocumentCode.RESIDENCY)).isEmpty();
        assertThat(failedRules(radiology)).doesNotContain(Rule.R38);
    }

    @Test
    void r38_r33_residencyHeldOnConfirmation_isListedIfAny() {
        // given: the contract pediatrician with a residency in PEDIATRICS
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.pediatricianConfirmingBuilder()
                .postgraduate(residency(DossierFixtures.PEDIATRICS, june(2013))).build());

        // then
        ChecklistItem item = only(evaluation, DocumentCode.RESIDENCY);
        assertThat(item.obligation()).isEqualTo(Obligation.IF_ANY);
        assertThat(item.rules()).containsExactly(Rule.R33);
        assertThat(item.basis()).isEqualTo("Appendix 2, row 8, confirmation item 6");
    }

    @Test
    void r24_residencyHeldOnFirstTime_isListedIfAny() {
        // given: a 2010 graduate (residency not mandatory) who completed one anyway
        Evaluation evaluation = evaluate(graduate(THERAPY, 2010).postgraduate(residency(THERAPY, june(2013))));

        // then
        ChecklistItem item = only(evaluation, DocumentCode.RESIDENCY);
        assertThat(item.obligation()).isEqualTo(Obligation.IF_ANY);
        assertThat(item.rules()).containsExactly(Rule.R24);
    }
}
