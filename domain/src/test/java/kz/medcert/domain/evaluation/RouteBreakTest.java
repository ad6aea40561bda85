package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DossierFixtures.PEDIATRICS;
import static kz.medcert.domain.evaluation.DossierFixtures.THERAPY;
import static kz.medcert.domain.evaluation.DossierFixtures.evaluate;
import static kz.medcert.domain.evaluation.DossierFixtures.item;
import static kz.medcert.domain.evaluation.DossierFixtures.pdCredits;
import static org.assertj.core.api.Assertions.assertThat;

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
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The break in labour activity in the declared specialty (R12): strictly more than 3 years is LONG_BREAK. */
class RouteBreakTest {
    private static final LocalDate AD = DossierFixtures.AD;

    /** A pediatrician confirming a valid certificate, with 8 credits of PD, no employment yet. */
    private static DossierBuilder confirming(LocalDate ad) {
        return DossierFixtures.pediatricianWithoutHistory(ad)
                .certificate(HeldCertificate.valid(PEDIATRICS, ad.minusYears(2), ad.plusYears(3), true))
                .professionalDevelopment(pdCredits(PEDIATRICS, 8, ad.minusMonths(6)));
    }

    @ParameterizedTest(name = "R12: dismissed {0}, AD 2024-12-02 (dismissal + 3y {1} day) -> LONG_BREAK {2}")
    @CsvSource({
            "2021-12-03, -1, false",
            "2021-12-02,  0, false",
            "2021-12-01, +1, true"})
    void r12_breakAroundThreeYearsAfterDismissal(LocalDate dismissal, int offset, boolean longBreak) {
        // given
        Dossier dossier = confirming(AD)
                .employment(EmploymentPeriod.ended(PEDIATRICS, LocalDate.of(2011, 8, 1), dismissal, true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(AD).isEqualTo(dismissal.plusYears(3).plusDays(offset));
        assertThat(evaluation.route().breakCountedFrom()).contains(dismissal);
        assertThat(evaluation.route().has(Flag.LONG_BREAK)).isEqualTo(longBreak);
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        ChecklistItem pd = item(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow();
        assertThat(pd.minimumCredits()).hasValueSatisfying(
                c -> assertThat(c).isEqualByComparingTo(longBreak ? "8" : "4"));
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).isPresent()).isEqualTo(longBreak);
    }

    @Test
    void r12_currentlyEmployedInDeclaredSpecialty_hasNoBreak() {
        // given
        Dossier dossier = confirming(AD)
                .employment(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2023, 1, 1), true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().breakCountedFrom()).isEmpty();
        assertThat(evaluation.route().flags()).doesNotContain(Flag.LONG_BREAK);
    }

    @Test
    void r12_dismissedOnTheApplicationDateItself_stillWorksThatDay() {
        // given
        Dossier dossier = confirming(AD)
                .employment(EmploymentPeriod.ended(PEDIATRICS, LocalDate.of(2011, 8, 1), AD, true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().breakCountedFrom()).isEmpty();
        assertThat(evaluation.route().flags()).doesNotContain(Flag.LONG_BREAK);
    }

    @Test
    void r12_currentWorkInAnotherSpecialty_doesNotInterruptTheBreakInTheDeclaredOne() {
        // given: left PEDIATRICS in 2018, works in THERAPY since
        Dossier dossier = confirming(AD)
                .employment(EmploymentPeriod.ended(PEDIATRICS, LocalDate.of(2011, 8, 1), LocalDate.of(2018, 5, 31),
                        true))
                .employment(EmploymentPeriod.current(THERAPY, LocalDate.of(2018, 6, 1), true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().breakCountedFrom()).contains(LocalDate.of(2018, 5, 31));
        assertThat(evaluation.route().flags()).contains(Flag.LONG_BREAK);
    }

    @Test
    void r12_onlyTheCurrentGapCounts_theLatestDismissalIsTheStart() {
        // given: an old long gap (2013–2019) and a recent short one
        Dossier dossier = confirming(AD)
                .employment(EmploymentPeriod.ended(PEDIATRICS, LocalDate.of(2011, 8, 1), LocalDate.of(2013, 1, 31),
                        true))
                .employment(EmploymentPeriod.ended(PEDIATRICS, LocalDate.of(2019, 3, 1), LocalDate.of(2023, 6, 30),
                        true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().breakCountedFrom()).contains(LocalDate.of(2023, 6, 30));
        assertThat(evaluation.route().flags()).doesNotContain(Flag.LONG_BREAK);
    }

    @ParameterizedTest(name = "R12 R27: never employed, residency ended 2021-09-30, AD {0} -> LONG_BREAK {1}")
    @CsvSource({
            "2024-09-29, false",
            "2024-09-30, false",
            "2024-10-01, true"})
    void r12_neverEmployed_breakCountsFromGraduation(LocalDate ad, boolean longBreak) {
        // given: degree 2020, residency (the latest completion) 2021-09-30, never worked
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
        assertThat(evaluation.route().breakCountedFrom()).contains(LocalDate.of(2021, 9, 30));
        assertThat(evaluation.route().has(Flag.LONG_BREAK)).isEqualTo(longBreak);
        if (longBreak) {
            assertThat(item(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow().rules())
                    .containsExactly(Rule.R26);
        } else {
            assertThat(DossierFixtures.notRequired(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT)
                    .orElseThrow().rules()).containsExactly(Rule.R27);
            assertThat(evaluation.outcome().isEligible()).isTrue();
        }
    }

    @Test
    void r12_neverEmployedAndNoMedicalEducation_hasNothingToCountFrom() {
        // given
        Dossier dossier = Dossier.builder(Category.DOMESTIC, PEDIATRICS, AD).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().breakCountedFrom()).isEmpty();
        assertThat(evaluation.route().flags()).doesNotContain(Flag.LONG_BREAK);
    }

    @Test
    void r12_employmentStartingAfterTheApplicationDate_isNotWorkOnIt() {
        // given: dismissed 2019, a new contract that starts after AD
        Dossier dossier = confirming(AD)
                .employment(EmploymentPeriod.ended(PEDIATRICS, LocalDate.of(2011, 8, 1), LocalDate.of(2019, 1, 31),
                        true))
                .employment(EmploymentPeriod.current(PEDIATRICS, AD.plusDays(10), true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().breakCountedFrom()).contains(LocalDate.of(2019, 1, 31));
        assertThat(evaluation.route().flags()).contains(Flag.LONG_BREAK);
    }
}
