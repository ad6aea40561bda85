package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DossierFixtures.AD;
import static kz.medcert.domain.evaluation.DossierFixtures.PEDIATRICS;
import static kz.medcert.domain.evaluation.DossierFixtures.THERAPY;
import static kz.medcert.domain.evaluation.DossierFixtures.evaluate;
import static kz.medcert.domain.evaluation.DossierFixtures.item;
import static kz.medcert.domain.evaluation.DossierFixtures.notRequired;
import static kz.medcert.domain.evaluation.DossierFixtures.pd;
import static kz.medcert.domain.evaluation.DossierFixtures.pdHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PD on the first-time routes: 8 credits with a long break (R26, R51) and its exemptions (R27, R28). */
class ProfessionalDevelopmentFirstTimeTest {

    /** Never certified, left PEDIATRICS on 2019-01-31 (LONG_BREAK on AD), assessment passed: needs 8 credits. */
    private static DossierBuilder longBreakFirstTimer(Category category) {
        return DossierFixtures.pediatricianWithoutHistory(AD)
                .category(category)
                .employment(EmploymentPeriod.ended(PEDIATRICS, LocalDate.of(2011, 8, 1), LocalDate.of(2019, 1, 31),
                        true))
                .assessment(DossierFixtures.passedAssessment(PEDIATRICS, LocalDate.of(2024, 10, 1)));
    }

    @ParameterizedTest(name = "R26: {0} credits of PD with LONG_BREAK -> satisfied {1}")
    @CsvSource({"7.99, false", "8, true", "8.01, true"})
    void r26_eightCreditsThreshold(BigDecimal credits, boolean met) {
        // given
        Dossier dossier = longBreakFirstTimer(Category.DOMESTIC)
                .professionalDevelopment(pd(PEDIATRICS, StudyVolume.ofCredits(credits), LocalDate.of(2024, 3, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        ChecklistItem pd = item(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow();
        assertThat(evaluation.route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(evaluation.route().flags()).containsExactly(Flag.LONG_BREAK);
        assertThat(pd.obligation()).isEqualTo(Obligation.MANDATORY);
        assertThat(pd.rules()).containsExactly(Rule.R26);
        assertThat(pd.minimumCredits()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("8"));
        assertThat(pd.window()).contains(new DateWindow(AD.minusYears(5), AD));
        assertThat(pd.satisfaction()).isEqualTo(Satisfaction.of(met));
        assertThat(evaluation.outcome().isEligible()).isEqualTo(met);
    }

    @ParameterizedTest(name = "R26: {0} h of PD with LONG_BREAK -> satisfied {1}")
    @CsvSource({"239, false", "240, true", "241, true"})
    void r26_twoHundredFortyHoursThreshold(long hours, boolean met) {
        // given
        Dossier dossier = longBreakFirstTimer(Category.DOMESTIC)
                .professionalDevelopment(pdHours(PEDIATRICS, hours, LocalDate.of(2024, 3, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(item(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow().satisfaction())
                .isEqualTo(Satisfaction.of(met));
        if (!met) {
            assertThat(DossierFixtures.refusal(evaluation).failedRules()).containsExactly(Rule.R26);
        }
    }

    @Test
    void r26_noLongBreak_firstTimeNeedsNoPd() {
        // given: never certified, still working in PEDIATRICS
        Dossier dossier = DossierFixtures.pediatricianWithoutHistory(AD)
                .employment(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2011, 8, 1), true))
                .assessment(DossierFixtures.passedAssessment(PEDIATRICS, LocalDate.of(2024, 10, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(item(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT)).isEmpty();
        assertThat(notRequired(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow().rules())
                .containsExactly(Rule.R26);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @ParameterizedTest(name = "R27 R12: residency ended 2021-09-30, never certified or employed, AD {0} -> exempt {1}")
    @CsvSource({"2024-09-29, true", "2024-09-30, true", "2024-10-01, false"})
    void r27_readingA_recentGraduateExemptUpToExactlyThreeYears(LocalDate ad, boolean exempt) {
        // given
        Dossier dossier = Dossier.builder(Category.DOMESTIC, PEDIATRICS, ad)
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS,
                        LocalDate.of(2020, 6, 30)).inRegistry(true))
                .postgraduate(new PostgraduateTraining(PostgraduateType.INTERNSHIP, PEDIATRICS,
                        LocalDate.of(2020, 6, 30), true))
                .postgraduate(new PostgraduateTraining(PostgraduateType.RESIDENCY, PEDIATRICS,
                        LocalDate.of(2021, 9, 30), true))
                .assessment(DossierFixtures.passedAssessment(PEDIATRICS, LocalDate.of(2021, 11, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        if (exempt) {
            assertThat(notRequired(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow().rules())
                    .containsExactly(Rule.R27);
            assertThat(evaluation.outcome().isEligible()).isTrue();
        } else {
            ChecklistItem pd = item(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow();
            assertThat(pd.rules()).containsExactly(Rule.R26);
            assertThat(pd.satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        }
    }

    @Test
    void r27_doesNotExemptSomeoneWhoHeldACertificate() {
        // given: a recent graduate whose certificate in the declared specialty lapsed (contrived, but certified)
        Dossier dossier = DossierFixtures.domesticFirstTimeGraduateBuilder()
                .certificate(HeldCertificate.valid(THERAPY, LocalDate.of(2024, 7, 1), LocalDate.of(2029, 7, 1), true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then: R28 (new specialty) is the exemption that applies, not R27
        assertThat(notRequired(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow().rules())
                .containsExactly(Rule.R28);
    }

    @Test
    void r28_newSpecialtyWithLongBreak_stillNeedsNoPd() {
        // given: certified in THERAPY, never worked in PEDIATRICS since 2019
        Dossier dossier = longBreakFirstTimer(Category.DOMESTIC)
                .certificate(HeldCertificate.valid(THERAPY, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1), true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().flags()).containsExactlyInAnyOrder(Flag.NEW_SPECIALTY, Flag.LONG_BREAK);
        assertThat(item(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT)).isEmpty();
        assertThat(notRequired(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow().rules())
                .containsExactly(Rule.R28);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @ParameterizedTest(name = "R51: foreign first-time with LONG_BREAK, {0} h of PD -> satisfied {1}")
    @CsvSource({"239, false", "240, true", "241, true"})
    void r51_foreignFirstTimeWithLongBreak_needsEightCredits(long hours, boolean met) {
        // given
        Dossier withBreak = DossierFixtures.foreignSpecialistWithoutHistoryBuilder(AD)
                .employment(EmploymentPeriod.ended(THERAPY, LocalDate.of(2016, 9, 1), LocalDate.of(2020, 6, 30), false))
                .professionalDevelopment(pdHours(THERAPY, hours, LocalDate.of(2023, 5, 20)))
                .assessment(DossierFixtures.passedAssessment(THERAPY, LocalDate.of(2024, 10, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(withBreak);

        // then
        ChecklistItem pd = item(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow();
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_FIRST_TIME);
        assertThat(evaluation.route().flags()).contains(Flag.LONG_BREAK);
        assertThat(pd.rules()).containsExactly(Rule.R51);
        assertThat(pd.minimumCredits()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("8"));
        assertThat(pd.satisfaction()).isEqualTo(Satisfaction.of(met));
        assertThat(evaluation.outcome().isEligible()).isEqualTo(met);
    }

    @Test
    void r51_r28_foreignNewSpecialty_exemptByAnalogy() {
        // given
        Dossier dossier = longBreakFirstTimer(Category.FOREIGN)
                .citizenship(DossierFixtures.TURKEY).identityInRegistry(true)
                .certificate(HeldCertificate.valid(THERAPY, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1), true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_FIRST_TIME);
        assertThat(notRequired(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow().rules())
                .containsExactly(Rule.R28);
    }
}
