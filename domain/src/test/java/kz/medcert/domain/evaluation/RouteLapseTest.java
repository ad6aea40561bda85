package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DossierFixtures.PEDIATRICS;
import static kz.medcert.domain.evaluation.DossierFixtures.evaluate;
import static kz.medcert.domain.evaluation.DossierFixtures.item;
import static kz.medcert.domain.evaluation.DossierFixtures.notRequired;
import static kz.medcert.domain.evaluation.DossierFixtures.pdCredits;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.evaluation.Outcome.Refusal;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 3-year lapse of a certificate (R06, R07, R09, R10, R11): exactly 3 years still confirms. */
class RouteLapseTest {
    /** Last day of validity of the certificate in every scenario; + 3 years = 2024-09-15. */
    private static final LocalDate VALID_UNTIL = LocalDate.of(2021, 9, 15);

    /** A pediatrician working in PEDIATRICS, with 4 credits of PD a year before the application date. */
    private static Dossier pediatrician(Category category, LocalDate ad, HeldCertificate certificate) {
        return DossierFixtures.pediatricianWithoutHistory(ad)
                .category(category)
                .certificate(certificate)
                .employment(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2011, 8, 1), true))
                .professionalDevelopment(pdCredits(PEDIATRICS, 4, ad.minusYears(1)))
                .build();
    }

    private static HeldCertificate certificateValidUntil(LocalDate validUntil, boolean inRegistry) {
        return HeldCertificate.valid(PEDIATRICS, validUntil.minusYears(5), validUntil, inRegistry);
    }

    @ParameterizedTest(name = "R06 R07 R11: AD {0} (validUntil + 3y {1} day) -> {2}")
    @CsvSource({
            "2024-09-14, -1, CONFIRMATION",
            "2024-09-15,  0, CONFIRMATION",
            "2024-09-16, +1, FIRST_TIME"})
    void r06_r07_r11_lapseAroundThreeYears_domestic(LocalDate ad, int offset, Route expected) {
        // given
        Dossier dossier = pediatrician(Category.DOMESTIC, ad, certificateValidUntil(VALID_UNTIL, true));

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(ad).isEqualTo(VALID_UNTIL.plusYears(3).plusDays(offset));
        assertThat(evaluation.route().route()).isEqualTo(expected);
        assertThat(evaluation.route().standing().orElseThrow().status()).isEqualTo(CertificateStatus.EXPIRED);
        if (expected == Route.FIRST_TIME) {
            assertThat(evaluation.route().flags()).containsExactly(Flag.LAPSED_OVER_3_YEARS);
            assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().rules()).contains(Rule.R30);
            assertThat(notRequired(evaluation, DocumentCode.CERTIFICATE_COPY)).isPresent();
        } else {
            assertThat(evaluation.route().flags()).isEmpty();
            assertThat(evaluation.outcome().isEligible()).as("%s", evaluation.outcome()).isTrue();
        }
    }

    @Test
    void r11_lapseOfExactlyThreeYears_staysConfirmation_andLapseIsReportedAsThreeYears() {
        // given
        LocalDate ad = VALID_UNTIL.plusYears(3);
        Dossier dossier = pediatrician(Category.DOMESTIC, ad, certificateValidUntil(VALID_UNTIL, true));

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(evaluation.route().standing().orElseThrow().lapseOn(ad)).contains(Period.ofYears(3));
    }

    @ParameterizedTest(name = "R09 R10 R11: foreign, AD {0} (validUntil + 3y {1} day) -> {2}")
    @CsvSource({
            "2024-09-14, -1, FOREIGN_CONFIRMATION",
            "2024-09-15,  0, FOREIGN_CONFIRMATION",
            "2024-09-16, +1, FOREIGN_FIRST_TIME"})
    void r09_r10_r11_lapseAroundThreeYears_foreign(LocalDate ad, int offset, Route expected) {
        // given
        Dossier dossier = pediatrician(Category.FOREIGN, ad, certificateValidUntil(VALID_UNTIL, true));

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(expected);
        if (expected == Route.FOREIGN_FIRST_TIME) {
            assertThat(evaluation.route().flags()).contains(Flag.LAPSED_OVER_3_YEARS);
            assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().rules()).contains(Rule.R55);
        } else {
            assertThat(evaluation.route().flags()).doesNotContain(Flag.LAPSED_OVER_3_YEARS);
            assertThat(notRequired(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().rules())
                    .containsExactly(Rule.R59);
        }
    }

    @ParameterizedTest(name = "R06 R11: AD {0} against validUntil 2024-09-15 -> {1}")
    @CsvSource({
            "2024-09-14, VALID",
            "2024-09-15, VALID",
            "2024-09-16, EXPIRED"})
    void r06_r11_certificateIsValidUpToAndIncludingItsLastDay(LocalDate ad, CertificateStatus expected) {
        // given
        Dossier dossier = pediatrician(Category.DOMESTIC, ad, certificateValidUntil(LocalDate.of(2024, 9, 15), true));

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(evaluation.route().standing().orElseThrow().status()).isEqualTo(expected);
    }

    @Test
    void r06_r34_expiredWithinThreeYears_confirmsWithUploadedCopy() {
        // given
        LocalDate ad = LocalDate.of(2024, 12, 2);
        Dossier dossier = pediatrician(Category.DOMESTIC, ad, certificateValidUntil(LocalDate.of(2023, 1, 10), true));

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        ChecklistItem copy = item(evaluation, DocumentCode.CERTIFICATE_COPY).orElseThrow();
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(copy.source()).isEqualTo(Source.APPLICANT);
        assertThat(copy.rules()).containsExactly(Rule.R34);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r07_r26_r30_lapsedOverThreeYearsWithLongBreak_needsEightCreditsAndAssessment() {
        // given: lapsed 2019, dismissed 2019, nothing since
        LocalDate ad = LocalDate.of(2024, 12, 2);
        Dossier dossier = DossierFixtures.pediatricianWithoutHistory(ad)
                .certificate(certificateValidUntil(LocalDate.of(2019, 6, 30), true))
                .employment(EmploymentPeriod.ended(PEDIATRICS, LocalDate.of(2011, 8, 1), LocalDate.of(2019, 6, 30),
                        true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        Refusal refusal = DossierFixtures.refusal(evaluation);
        assertThat(evaluation.route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(evaluation.route().flags()).containsExactlyInAnyOrder(Flag.LAPSED_OVER_3_YEARS, Flag.LONG_BREAK);
        assertThat(item(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow().minimumCredits())
                .hasValueSatisfying(c -> assertThat(c).isEqualByComparingTo("8"));
        assertThat(refusal.failedRules()).contains(Rule.R26, Rule.R30);
        assertThat(refusal.grounds()).containsExactly(Ground.GROUND_2_REQUIREMENTS_NOT_MET);
    }

    @Test
    void r06_r11_validCertificatePreferredOverAnOlderLapsedOne() {
        // given: an old certificate lapsed long ago and the current valid one
        LocalDate ad = LocalDate.of(2024, 12, 2);
        Dossier dossier = pediatrician(Category.DOMESTIC, ad, certificateValidUntil(LocalDate.of(2015, 3, 1), true))
                .toBuilder()
                .certificate(certificateValidUntil(LocalDate.of(2025, 3, 1), true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(evaluation.route().certificate().orElseThrow().validUntil()).contains(LocalDate.of(2025, 3, 1));
        assertThat(evaluation.route().flags()).isEmpty();
    }
}
