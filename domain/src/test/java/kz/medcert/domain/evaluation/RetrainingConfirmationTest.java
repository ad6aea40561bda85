package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DocumentScenarios.MEDICAL_CARE;
import static kz.medcert.domain.evaluation.DocumentScenarios.MIDWIFERY;
import static kz.medcert.domain.evaluation.DocumentScenarios.NURSING;
import static kz.medcert.domain.evaluation.DocumentScenarios.PEDIATRICS;
import static kz.medcert.domain.evaluation.DocumentScenarios.THERAPY;
import static kz.medcert.domain.evaluation.DocumentScenarios.date;
import static kz.medcert.domain.evaluation.DocumentScenarios.evaluate;
import static kz.medcert.domain.evaluation.DocumentScenarios.exempt;
import static kz.medcert.domain.evaluation.DocumentScenarios.failedRules;
import static kz.medcert.domain.evaluation.DocumentScenarios.higher;
import static kz.medcert.domain.evaluation.DocumentScenarios.internship;
import static kz.medcert.domain.evaluation.DocumentScenarios.items;
import static kz.medcert.domain.evaluation.DocumentScenarios.june;
import static kz.medcert.domain.evaluation.DocumentScenarios.only;
import static kz.medcert.domain.evaluation.DocumentScenarios.retraining;
import static kz.medcert.domain.evaluation.DocumentScenarios.tvet;
import static kz.medcert.domain.evaluation.DocumentScenarios.worked;
import static kz.medcert.domain.evaluation.DocumentScenarios.workingSince;
import static kz.medcert.domain.evaluation.DossierFixtures.AD;
import static kz.medcert.domain.evaluation.DossierFixtures.pdCredits;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * R39 (with R40) and R42/R43 (with R45) on the domestic confirmation route: 8-C speaks of every "applicant for a
 * certificate", confirmation is done by issuing one, 8-B(6) asks confirming applicants for their retraining, and the
 * A6 information form's field 6 asks for retraining «мәлімделген мамандық бойынша маман сертификатын растайтын
 * тұлғалар үшін» (for persons confirming a certificate).
 */
class RetrainingConfirmationTest {

    /** A confirmation in {@code declared}: a valid registry certificate and 4 credits of PD in it. */
    private static DossierBuilder confirming(SpecialtyCode declared, EducationRecord education) {
        return Dossier.builder(Category.DOMESTIC, declared, AD).education(education)
                .certificate(HeldCertificate.valid(declared, date(2020, 3, 1), date(2025, 3, 1), true))
                .professionalDevelopment(pdCredits(declared, 4, date(2023, 1, 1)));
    }

    /** A 2010 pediatrics graduate with internship in pediatrics, confirming a THERAPY certificate, working since 2015. */
    private static DossierBuilder pediatricianConfirmingTherapy() {
        return confirming(THERAPY, higher(EducationField.PEDIATRICS, june(2010)))
                .postgraduate(internship(PEDIATRICS, june(2011)))
                .employment(workingSince(THERAPY, date(2015, 1, 1)));
    }

    @Test
    void r39_confirmationWithoutMatchingTrainingOrRetraining_isRefusedAsOnFirstTime() {
        // when
        Evaluation evaluation = evaluate(pediatricianConfirmingTherapy());

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        ChecklistItem item = only(evaluation, DocumentCode.RETRAINING);
        assertThat(item.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(item.satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        assertThat(item.rules()).containsExactly(Rule.R39, Rule.R33);
        assertThat(item.basis()).contains("8-C");
        assertThat(failedRules(evaluation)).containsExactly(Rule.R39);
        assertThat(DossierFixtures.refusal(evaluation).grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
    }

    @ParameterizedTest(name = "R39 R33 on confirmation, retraining in THERAPY completed {0}: eligible = {1}")
    @CsvSource({"2020-12-30, true", "2020-12-31, true", "2021-01-01, false", "2021-01-02, false"})
    void r39_r33_onConfirmation_retrainingCountsOnlyIfCompletedBefore2021(LocalDate completed, boolean eligible) {
        // when
        Evaluation evaluation = evaluate(pediatricianConfirmingTherapy().retraining(retraining(THERAPY, completed)));

        // then
        assertThat(items(evaluation, DocumentCode.RETRAINING)).singleElement()
                .satisfies(i -> assertThat(i.obligation()).isEqualTo(Obligation.MANDATORY));
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isEqualTo(eligible);
    }

    @ParameterizedTest(name = "R40 on confirmation, therapy since {0}: exempt = {1}")
    @CsvSource({"2004-12-30, true", "2004-12-31, true", "2005-01-01, false", "2005-01-02, false"})
    void r40_onConfirmation_activityInTheSpecialtySinceBefore2005_exempts(LocalDate since, boolean exempt) {
        // given: a 1997 pediatrics graduate (no internship needed) confirming THERAPY
        Evaluation evaluation = evaluate(confirming(THERAPY, higher(EducationField.PEDIATRICS, june(1997)))
                .employment(workingSince(THERAPY, since)));

        // then
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isEqualTo(exempt);
        if (exempt) {
            assertThat(exempt(evaluation, DocumentCode.RETRAINING))
                    .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R40));
            assertThat(only(evaluation, DocumentCode.EMPLOYMENT_RECORD).rules())
                    .containsExactly(Rule.R31, Rule.R67, Rule.R40);
            assertThat(evaluation.reviewNotes()).isEmpty();
        } else {
            assertThat(failedRules(evaluation)).containsExactly(Rule.R39);
        }
    }

    @Test
    void r39_matchingInternship_orADegreeInTheSpecialty_needsNothingOnConfirmation() {
        // given: the contract example (pediatrics degree and internship, confirming PEDIATRICS)
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.pediatricianConfirming());

        // then: unchanged
        assertThat(items(evaluation, DocumentCode.RETRAINING)).isEmpty();
        assertThat(exempt(evaluation, DocumentCode.RETRAINING))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R39));
        assertThat(evaluation.outcome().isEligible()).isTrue();
        assertThat(evaluation.reviewNotes()).isEmpty();
    }

    @Test
    void r42_feldsherConfirmingOnAMidwiferyDiploma_needsRetraining() {
        // given: a 2003 midwifery diploma, feldsher certificate, working as feldsher since 2015
        DossierBuilder feldsher = confirming(MEDICAL_CARE, tvet(EducationField.MIDWIFERY, date(2003, 6, 30)))
                .employment(workingSince(MEDICAL_CARE, date(2015, 1, 1)));

        // when
        Evaluation without = evaluate(feldsher);
        Evaluation with = evaluate(feldsher.retraining(retraining(MEDICAL_CARE, date(2014, 5, 1))));

        // then
        assertThat(without.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(only(without, DocumentCode.RETRAINING).rules()).containsExactly(Rule.R42, Rule.R45);
        assertThat(failedRules(without)).containsExactly(Rule.R42);
        assertThat(only(with, DocumentCode.RETRAINING).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(with.outcome().isEligible()).as(with.outcome().toString()).isTrue();
    }

    @Test
    void r43_r45_midwifeConfirmingOnANursingDiploma_continuouslyWorkingSince2004_isExempt() {
        // when
        Evaluation evaluation = evaluate(confirming(MIDWIFERY, tvet(EducationField.NURSING, date(2003, 6, 30)))
                .employment(worked(NURSING, date(2004, 9, 1), date(2014, 12, 31)))
                .employment(workingSince(MIDWIFERY, date(2015, 1, 1))));

        // then
        assertThat(exempt(evaluation, DocumentCode.RETRAINING))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R45));
        assertThat(only(evaluation, DocumentCode.EMPLOYMENT_RECORD).rules()).contains(Rule.R45);
        assertThat(evaluation.outcome().isEligible()).as(evaluation.outcome().toString()).isTrue();
    }

    @Test
    void r41_r46_onConfirmation_onlyTheRetrainingOf8DBindsAgain() {
        // given: a nurse confirming on a 2003 midwifery diploma (R41 has no retraining) and one on her own diploma
        Evaluation crossQualified = evaluate(confirming(NURSING, tvet(EducationField.MIDWIFERY, date(2003, 6, 30)))
                .employment(workingSince(NURSING, date(2015, 1, 1))));
        Evaluation noEducationStated = evaluate(Dossier.builder(Category.DOMESTIC, MEDICAL_CARE, AD)
                .certificate(HeldCertificate.valid(MEDICAL_CARE, date(2020, 3, 1), date(2025, 3, 1), true))
                .professionalDevelopment(pdCredits(MEDICAL_CARE, 4, date(2023, 1, 1)))
                .employment(workingSince(MEDICAL_CARE, date(2015, 1, 1))));

        // then: the PD item keeps the confirmation rule only; nothing about the diploma is re-judged
        assertThat(only(crossQualified, DocumentCode.PROFESSIONAL_DEVELOPMENT).rules()).containsExactly(Rule.R32);
        assertThat(items(crossQualified, DocumentCode.RETRAINING)).isEmpty();
        assertThat(crossQualified.outcome().isEligible()).isTrue();
        assertThat(noEducationStated.outcome().isEligible()).isTrue();
    }

    @Test
    void r39_r56_foreignConfirmation_listsNoRetraining() {
        // given: the fixture foreign specialist (Turkish general-medicine degree of 2015) confirming THERAPY
        Evaluation evaluation = DossierFixtures.evaluate(DossierFixtures.foreignConfirmingSpecialist());

        // then: A6 row 8 carries no 8-C paragraphs
        assertThat(exempt(evaluation, DocumentCode.RETRAINING))
                .hasValueSatisfying(n -> assertThat(n.rules()).containsExactly(Rule.R56));
    }
}
