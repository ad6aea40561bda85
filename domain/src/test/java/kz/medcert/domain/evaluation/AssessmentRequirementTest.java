package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DossierFixtures.AD;
import static kz.medcert.domain.evaluation.DossierFixtures.PEDIATRICS;
import static kz.medcert.domain.evaluation.DossierFixtures.THERAPY;
import static kz.medcert.domain.evaluation.DossierFixtures.evaluate;
import static kz.medcert.domain.evaluation.DossierFixtures.item;
import static kz.medcert.domain.evaluation.DossierFixtures.notRequired;
import static kz.medcert.domain.evaluation.DossierFixtures.pdCredits;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.evaluation.Outcome.Refusal;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The assessment result: checked only where R30, R55 or R15 need it (R01, R35, R59), always fetched (R66). */
class AssessmentRequirementTest {

    /** The domestic first-time graduate without any assessment result. */
    private static DossierBuilder graduateWithoutAssessment() {
        Dossier graduate = DossierFixtures.domesticFirstTimeGraduate();
        DossierBuilder builder = Dossier.builder(graduate.category(), graduate.declaredSpecialty(), AD)
                .submittedAt(graduate.submittedAt().orElseThrow());
        graduate.education().forEach(builder::education);
        graduate.postgraduate().forEach(builder::postgraduate);
        return builder;
    }

    @Test
    void r01_r35_confirmationWithoutLongBreak_doesNotCheckTheAssessment_evenAFailedOne() {
        // given
        Dossier dossier = DossierFixtures.pediatricianConfirmingBuilder()
                .assessment(new AssessmentResult(PEDIATRICS, LocalDate.of(2024, 5, 5), false))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT)).isEmpty();
        assertThat(notRequired(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().rules())
                .containsExactly(Rule.R35);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r01_r30_r66_firstTime_requiresAFetchedPassingResult() {
        // given
        Dossier dossier = DossierFixtures.domesticFirstTimeGraduate();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        ChecklistItem assessment = item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow();
        assertThat(assessment.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(assessment.source()).isEqualTo(Source.REGISTRY);
        assertThat(assessment.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(assessment.rules()).containsExactly(Rule.R30, Rule.R66);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r30_r66_r86_firstTimeWithoutAnyResult_isRefusedOnGround2() {
        // given
        Dossier dossier = graduateWithoutAssessment().build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        Refusal refusal = DossierFixtures.refusal(evaluation);
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().source()).isEqualTo(Source.REGISTRY);
        assertThat(refusal.grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        assertThat(refusal.failedRules()).containsExactly(Rule.R30);
        assertThat(refusal.motivation().en()).contains("No result of the assessment");
    }

    @Test
    void r30_firstTimeWithOnlyAFailedResult_isRefusedAsNotPassed() {
        // given
        Dossier dossier = graduateWithoutAssessment()
                .assessment(new AssessmentResult(PEDIATRICS, LocalDate.of(2024, 8, 15), false)).build();

        // when
        Refusal refusal = DossierFixtures.refusal(evaluate(dossier));

        // then
        assertThat(refusal.failedRules()).containsExactly(Rule.R30);
        assertThat(refusal.motivation().en()).contains("was not passed");
    }

    @Test
    void r30_failedThenPassed_isSatisfied() {
        // given
        Dossier dossier = graduateWithoutAssessment()
                .assessment(new AssessmentResult(PEDIATRICS, LocalDate.of(2024, 7, 1), false))
                .assessment(new AssessmentResult(PEDIATRICS, LocalDate.of(2024, 9, 1), true)).build();

        // when / then
        assertThat(evaluate(dossier).outcome().isEligible()).isTrue();
    }

    @Test
    void r30_passedInAnotherSpecialty_doesNotCount() {
        // given
        Dossier dossier = graduateWithoutAssessment()
                .assessment(DossierFixtures.passedAssessment(THERAPY, LocalDate.of(2024, 8, 15))).build();

        // when / then
        assertThat(DossierFixtures.refusal(evaluate(dossier)).failedRules()).containsExactly(Rule.R30);
    }

    @ParameterizedTest(name = "R30 R85: passed on AD {0} day -> satisfied {1}")
    @CsvSource({"-1, true", "0, true", "1, false"})
    void r30_r85_resultDatedAfterTheApplicationDate_doesNotCount(int offset, boolean met) {
        // given
        Dossier dossier = graduateWithoutAssessment()
                .assessment(DossierFixtures.passedAssessment(PEDIATRICS, AD.plusDays(offset))).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().satisfaction())
                .isEqualTo(Satisfaction.of(met));
        assertThat(evaluation.outcome().isEligible()).isEqualTo(met);
        if (!met) {
            // R85: left out of the count (ground 2 for the missing result) and named for the officer, not ground 1
            assertThat(DossierFixtures.refusal(evaluation).failedRules()).containsExactly(Rule.R30);
            assertThat(evaluation.reviewNotes()).extracting(ReviewNote::code).contains("DATED_AFTER_APPLICATION");
        }
    }

    @Test
    void r30_r35_confirmationWithLongBreak_requiresTheAssessment() {
        // given: valid certificate, 8 credits, but dismissed in 2020
        Dossier dossier = DossierFixtures.pediatricianWithoutHistory(AD)
                .certificate(HeldCertificate.valid(PEDIATRICS, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 3, 1),
                        true))
                .employment(EmploymentPeriod.ended(PEDIATRICS, LocalDate.of(2011, 8, 1), LocalDate.of(2020, 1, 31),
                        true))
                .professionalDevelopment(pdCredits(PEDIATRICS, 8, LocalDate.of(2024, 1, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().rules())
                .containsExactly(Rule.R30, Rule.R66);
        assertThat(DossierFixtures.refusal(evaluation).failedRules()).containsExactly(Rule.R30);
    }

    @Test
    void r15_r66_qualificationLevelRequest_forcesTheAssessmentOnConfirmation() {
        // given
        Dossier dossier = DossierFixtures.pediatricianConfirmingBuilder().requestsQualificationLevel(true).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        ChecklistItem assessment = item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow();
        assertThat(assessment.rules()).containsExactly(Rule.R15, Rule.R66);
        assertThat(assessment.source()).isEqualTo(Source.REGISTRY);
        assertThat(notRequired(evaluation, DocumentCode.ASSESSMENT_RESULT)).isEmpty();
        assertThat(DossierFixtures.refusal(evaluation).failedRules()).containsExactly(Rule.R15);
    }

    @Test
    void r15_qualificationLevelRequestWithPassedAssessment_isEligible() {
        // given
        Dossier dossier = DossierFixtures.pediatricianConfirmingBuilder().requestsQualificationLevel(true)
                .assessment(DossierFixtures.passedAssessment(PEDIATRICS, LocalDate.of(2024, 11, 1))).build();

        // when / then
        assertThat(evaluate(dossier).outcome().isEligible()).isTrue();
    }

    @Test
    void r15_r59_qualificationLevelRequest_onForeignConfirmation() {
        // given
        Dossier dossier = DossierFixtures.foreignConfirmingSpecialistBuilder().requestsQualificationLevel(true)
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_CONFIRMATION);
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().rules())
                .containsExactly(Rule.R15, Rule.R66);
        assertThat(evaluation.outcome().isEligible()).isTrue(); // the fixture's THERAPY assessment passed
    }

    @Test
    void r15_r30_onFirstTime_bothRulesAreCited() {
        // given
        Dossier dossier = graduateWithoutAssessment().requestsQualificationLevel(true).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().rules())
                .containsExactly(Rule.R30, Rule.R15, Rule.R66);
        assertThat(DossierFixtures.refusal(evaluation).failedRules()).containsExactly(Rule.R15, Rule.R30);
    }

    @Test
    void r55_r66_foreignFirstTime_requiresTheAssessment() {
        // given
        Dossier dossier = DossierFixtures.foreignSpecialistWithoutHistoryBuilder(AD)
                .employment(EmploymentPeriod.current(THERAPY, LocalDate.of(2016, 9, 1), false))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_FIRST_TIME);
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().rules())
                .containsExactly(Rule.R55, Rule.R66);
        assertThat(DossierFixtures.refusal(evaluation).failedRules()).containsExactly(Rule.R55);
    }

    @Test
    void r59_foreignConfirmationWithoutLongBreak_doesNotCheckTheAssessment() {
        // given: the foreign confirming specialist without any assessment
        Dossier confirming = DossierFixtures.foreignConfirmingSpecialist();
        Dossier dossier = DossierFixtures.foreignSpecialistWithoutHistoryBuilder(AD)
                .certificate(confirming.certificates().get(0))
                .employment(confirming.employment().periods().get(0))
                .professionalDevelopment(confirming.professionalDevelopment().get(0))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(notRequired(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().rules())
                .containsExactly(Rule.R59);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r57_foreignConfirmationWithLongBreak_requiresTheAssessment_citingR57NotTheR59Exemption() {
        // given
        Dossier dossier = DossierFixtures.foreignSpecialistWithoutHistoryBuilder(AD)
                .certificate(HeldCertificate.valid(THERAPY, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 3, 1), true))
                .employment(EmploymentPeriod.ended(THERAPY, LocalDate.of(2016, 9, 1), LocalDate.of(2021, 6, 1), false))
                .professionalDevelopment(pdCredits(THERAPY, 8, LocalDate.of(2023, 1, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        ChecklistItem assessment = item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow();
        assertThat(assessment.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(assessment.rules()).containsExactly(Rule.R57, Rule.R66);
        assertThat(DossierFixtures.refusal(evaluation).failedRules()).containsExactly(Rule.R57);
    }

    @Test
    void r30_assessmentInTheParentSpecialty_countsForANewSpecialization() {
        // given: a cardiologist with a CARDIOLOGY assessment applying for INTERVENTIONAL_CARDIOLOGY
        Dossier dossier = DossierFixtures.cardiologistBuilder()
                .declaredSpecialization(DossierFixtures.INTERVENTIONAL_CARDIOLOGY).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().satisfaction())
                .isEqualTo(Satisfaction.SATISFIED);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }
}
