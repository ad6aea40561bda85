package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DossierFixtures.AD;
import static kz.medcert.domain.evaluation.DossierFixtures.CARDIOLOGY;
import static kz.medcert.domain.evaluation.DossierFixtures.INTERVENTIONAL_CARDIOLOGY;
import static kz.medcert.domain.evaluation.DossierFixtures.PEDIATRICS;
import static kz.medcert.domain.evaluation.DossierFixtures.THERAPY;
import static kz.medcert.domain.evaluation.DossierFixtures.evaluate;
import static kz.medcert.domain.evaluation.DossierFixtures.item;
import static kz.medcert.domain.evaluation.DossierFixtures.pd;
import static kz.medcert.domain.evaluation.DossierFixtures.pdCredits;
import static kz.medcert.domain.evaluation.DossierFixtures.pdHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PD on the confirmation routes: 4 credits in 5 years (R32, R57), 8 credits with a long break (R26, R57). */
class ProfessionalDevelopmentConfirmationTest {

    /** A working pediatrician confirming a valid certificate, with no PD yet. */
    private static DossierBuilder confirming() {
        return DossierFixtures.pediatricianWithoutHistory(AD)
                .certificate(HeldCertificate.valid(PEDIATRICS, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 3, 1),
                        true))
                .employment(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2011, 8, 1), true));
    }

    private static ChecklistItem pdItem(Evaluation evaluation) {
        return item(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow();
    }

    @ParameterizedTest(name = "R32: {0} h of PD -> satisfied {1}")
    @CsvSource({"119, false", "120, true", "121, true"})
    void r32_fourCreditsAsHours(long hours, boolean met) {
        // given
        Dossier dossier = confirming().professionalDevelopment(pdHours(PEDIATRICS, hours, LocalDate.of(2023, 1, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        ChecklistItem pd = pdItem(evaluation);
        assertThat(pd.rules()).containsExactly(Rule.R32);
        assertThat(pd.minimumCredits()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("4"));
        assertThat(pd.satisfaction()).isEqualTo(Satisfaction.of(met));
        assertThat(evaluation.outcome().isEligible()).isEqualTo(met);
    }

    @ParameterizedTest(name = "R32: {0} credits of PD -> satisfied {1}")
    @CsvSource({"3.99, false", "4, true", "4.01, true"})
    void r32_fourCreditsAsCredits(BigDecimal credits, boolean met) {
        // given
        Dossier dossier = confirming()
                .professionalDevelopment(pd(PEDIATRICS, StudyVolume.ofCredits(credits), LocalDate.of(2023, 1, 1)))
                .build();

        // when / then
        assertThat(pdItem(evaluate(dossier)).satisfaction()).isEqualTo(Satisfaction.of(met));
    }

    @ParameterizedTest(name = "R32: 4 credits completed {0} (AD - 5y {1} day) counts {2}")
    @CsvSource({
            "2019-12-01, -1, false",
            "2019-12-02,  0, true",
            "2019-12-03, +1, true",
            "2024-12-02, 5y, true"})
    void r32_fiveYearWindowIsInclusiveAtBothEnds(LocalDate completedOn, String offset, boolean counts) {
        // given
        Dossier dossier = confirming().professionalDevelopment(pdCredits(PEDIATRICS, 4, completedOn)).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(pdItem(evaluation).window()).contains(new DateWindow(LocalDate.of(2019, 12, 2), AD));
        assertThat(pdItem(evaluation).satisfaction()).isEqualTo(Satisfaction.of(counts));
    }

    @Test
    void r32_r85_pdCompletedAfterTheApplicationDate_doesNotCount() {
        // given
        Dossier dossier = confirming().professionalDevelopment(pdCredits(PEDIATRICS, 4, AD.plusDays(1))).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(pdItem(evaluation).satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        assertThat(DossierFixtures.refusal(evaluation).grounds())
                .containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        assertThat(evaluation.reviewNotes()).extracting(ReviewNote::code).contains("DATED_AFTER_APPLICATION");
    }

    @Test
    void r32_r97_hoursAndCreditsAreSummedAcrossCertificates() {
        // given: 1 credit + 45 h + 1.5 credits = 30 + 45 + 45 = 120 h
        Dossier dossier = confirming()
                .professionalDevelopment(pdCredits(PEDIATRICS, 1, LocalDate.of(2020, 2, 1)))
                .professionalDevelopment(pdHours(PEDIATRICS, 45, LocalDate.of(2022, 2, 1)))
                .professionalDevelopment(pd(PEDIATRICS, StudyVolume.ofCredits(new BigDecimal("1.5")),
                        LocalDate.of(2024, 2, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(pdItem(evaluation).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r32_pdOutsideTheWindowIsNotAddedToTheSum() {
        // given: 3 credits inside, 3 credits one day before the window
        Dossier dossier = confirming()
                .professionalDevelopment(pdCredits(PEDIATRICS, 3, LocalDate.of(2022, 2, 1)))
                .professionalDevelopment(pdCredits(PEDIATRICS, 3, LocalDate.of(2019, 12, 1)))
                .build();

        // when / then
        assertThat(pdItem(evaluate(dossier)).satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
    }

    @Test
    void r32_pdInAnotherSpecialty_doesNotCount() {
        // given
        Dossier dossier = confirming()
                .professionalDevelopment(pdCredits(THERAPY, 10, LocalDate.of(2023, 1, 1)))
                .professionalDevelopment(pdCredits(PEDIATRICS, 2, LocalDate.of(2023, 1, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(pdItem(evaluation).satisfaction()).isEqualTo(Satisfaction.NOT_SATISFIED);
        Outcome.Refusal refusal = DossierFixtures.refusal(evaluation);
        assertThat(refusal.failedRules()).containsExactly(Rule.R32);
        assertThat(refusal.grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
        assertThat(refusal.motivation().en()).contains("2 credits", "at least 4 credits", "[R32]");
    }

    @Test
    void r32_pdInTheParentSpecialty_countsForASpecialization() {
        // given: confirming INTERVENTIONAL_CARDIOLOGY with CARDIOLOGY PD
        Dossier dossier = DossierFixtures.cardiologistWithoutCertificateBuilder()
                .declaredSpecialization(INTERVENTIONAL_CARDIOLOGY)
                .certificate(HeldCertificate.valid(INTERVENTIONAL_CARDIOLOGY, LocalDate.of(2021, 1, 15),
                        LocalDate.of(2026, 1, 15), true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(dossier.professionalDevelopment()).allMatch(p -> p.specialty().equals(CARDIOLOGY));
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(pdItem(evaluation).satisfaction()).isEqualTo(Satisfaction.SATISFIED);
    }

    @Test
    void r32_r26_r30_longBreakOnConfirmation_raisesTheVolumeToEightCredits() {
        // given: valid certificate but dismissed more than 3 years ago; 6 credits of PD
        Dossier dossier = DossierFixtures.pediatricianWithoutHistory(AD)
                .certificate(HeldCertificate.valid(PEDIATRICS, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 3, 1),
                        true))
                .employment(EmploymentPeriod.ended(PEDIATRICS, LocalDate.of(2011, 8, 1), LocalDate.of(2021, 6, 1),
                        true))
                .professionalDevelopment(pdCredits(PEDIATRICS, 6, LocalDate.of(2023, 1, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        ChecklistItem pd = pdItem(evaluation);
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(pd.rules()).containsExactly(Rule.R32, Rule.R26);
        assertThat(pd.minimumCredits()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("8"));
        assertThat(DossierFixtures.refusal(evaluation).failedRules()).contains(Rule.R26, Rule.R30, Rule.R32);
    }

    @ParameterizedTest(name = "R57: foreign confirmation, LONG_BREAK {0}, {1} credits -> minimum {2}, satisfied {3}")
    @CsvSource({
            "false, 4, 4, true",
            "false, 3, 4, false",
            "true,  4, 8, false",
            "true,  8, 8, true"})
    void r57_foreignConfirmation_fourCreditsOrEightWithLongBreak(boolean longBreak, long credits, String minimum,
                                                                  boolean met) {
        // given
        EmploymentPeriod work = longBreak
                ? EmploymentPeriod.ended(THERAPY, LocalDate.of(2016, 9, 1), LocalDate.of(2021, 6, 1), false)
                : EmploymentPeriod.current(THERAPY, LocalDate.of(2016, 9, 1), false);
        Dossier dossier = DossierFixtures.foreignSpecialistWithoutHistoryBuilder(AD)
                .certificate(HeldCertificate.valid(THERAPY, LocalDate.of(2020, 3, 1), LocalDate.of(2025, 3, 1), true))
                .employment(work)
                .professionalDevelopment(pdCredits(THERAPY, credits, LocalDate.of(2023, 1, 1)))
                .assessment(DossierFixtures.passedAssessment(THERAPY, LocalDate.of(2024, 10, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        ChecklistItem pd = pdItem(evaluation);
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_CONFIRMATION);
        assertThat(evaluation.route().has(Flag.LONG_BREAK)).isEqualTo(longBreak);
        assertThat(pd.rules()).containsExactly(Rule.R57);
        assertThat(pd.minimumCredits()).hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo(minimum));
        assertThat(pd.satisfaction()).isEqualTo(Satisfaction.of(met));
        assertThat(evaluation.outcome().isEligible()).isEqualTo(met);
    }
}
