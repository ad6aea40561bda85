package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DossierFixtures.AD;
import static kz.medcert.domain.evaluation.DossierFixtures.PEDIATRICS;
import static kz.medcert.domain.evaluation.DossierFixtures.THERAPY;
import static kz.medcert.domain.evaluation.DossierFixtures.evaluate;
import static kz.medcert.domain.evaluation.DossierFixtures.item;
import static kz.medcert.domain.evaluation.DossierFixtures.pdCredits;
import static kz.medcert.domain.evaluation.DossierFixtures.pdHours;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.certificate.Standing;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indefinite certificates issued before 2015-10-09, kept valid by PD every 5 years (R13), through evaluate. */
class CertificateIndefiniteTest {

    /** A working pediatrician holding an indefinite PEDIATRICS certificate issued on {@code issuedOn}. */
    private static DossierBuilder holderOfIndefinite(LocalDate issuedOn) {
        return DossierFixtures.pediatricianWithoutHistory(AD)
                .certificate(HeldCertificate.indefinite(PEDIATRICS, issuedOn, true))
                .employment(EmploymentPeriod.current(PEDIATRICS, LocalDate.of(2011, 8, 1), true));
    }

    @ParameterizedTest(name = "R13: indefinite issued {0} with 4 credits of PD in the window -> {1}")
    @CsvSource({
            "2015-10-08, CONFIRMATION, true",
            "2015-10-09, FIRST_TIME,   false",
            "2015-10-10, FIRST_TIME,   false"})
    void r13_issueDateThreshold(LocalDate issuedOn, Route route, boolean keptValid) {
        // given
        Dossier dossier = holderOfIndefinite(issuedOn)
                .professionalDevelopment(pdCredits(PEDIATRICS, 4, LocalDate.of(2023, 5, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        Standing standing = evaluation.route().standing().orElseThrow();
        assertThat(evaluation.route().route()).isEqualTo(route);
        assertThat(evaluation.route().has(Flag.INDEFINITE_CERTIFICATE_VALID)).isEqualTo(keptValid);
        assertThat(standing.indefiniteKeptValid()).isEqualTo(keptValid);
        if (keptValid) {
            assertThat(standing.lastValidDay()).isEmpty();
            assertThat(evaluation.outcome().isEligible()).as("%s", evaluation.outcome()).isTrue();
        } else {
            // issued on or after 2015-10-09 it cannot be indefinite: a 5-year certificate from its issue date
            assertThat(standing.lastValidDay()).contains(issuedOn.plusYears(5));
            assertThat(evaluation.route().flags()).contains(Flag.LAPSED_OVER_3_YEARS);
        }
    }

    @ParameterizedTest(name = "R13: 4 credits of PD completed {0} (AD - 5y {1} day) keeps it valid: {2}")
    @CsvSource({
            "2019-12-01, -1, false",
            "2019-12-02,  0, true",
            "2019-12-03, +1, true"})
    void r13_pdWindowBoundary(LocalDate completedOn, int offset, boolean keptValid) {
        // given
        Dossier dossier = holderOfIndefinite(LocalDate.of(2010, 5, 1))
                .professionalDevelopment(pdCredits(PEDIATRICS, 4, completedOn))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(completedOn).isEqualTo(AD.minusYears(5).plusDays(offset));
        assertThat(evaluation.route().has(Flag.INDEFINITE_CERTIFICATE_VALID)).isEqualTo(keptValid);
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        if (!keptValid) {
            // derived expiry = last PD + 5 years = AD - 1 day: expired yesterday, still confirmation
            assertThat(evaluation.route().standing().orElseThrow().lastValidDay()).contains(AD.minusDays(1));
            assertThat(DossierFixtures.refusal(evaluation).failedRules()).contains(Rule.R32);
        }
    }

    @ParameterizedTest(name = "R13 R32: {0} h of PD in the window keeps it valid: {1}")
    @CsvSource({"119, false", "120, true", "121, true"})
    void r13_volumeIsTheConfirmationStandard(long hours, boolean keptValid) {
        // given
        Dossier dossier = holderOfIndefinite(LocalDate.of(2010, 5, 1))
                .professionalDevelopment(pdHours(PEDIATRICS, hours, LocalDate.of(2023, 5, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().has(Flag.INDEFINITE_CERTIFICATE_VALID)).isEqualTo(keptValid);
        assertThat(evaluation.route().standing().orElseThrow().isValid()).isEqualTo(keptValid);
    }

    @Test
    void r13_r07_noPdEver_derivedExpiryIsIssuePlusFiveYears_lapsedOverThreeYears() {
        // given
        Dossier dossier = holderOfIndefinite(LocalDate.of(2010, 5, 1)).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        Standing standing = evaluation.route().standing().orElseThrow();
        assertThat(standing.status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(standing.lastValidDay()).contains(LocalDate.of(2015, 5, 1));
        assertThat(evaluation.route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(evaluation.route().flags()).contains(Flag.LAPSED_OVER_3_YEARS)
                .doesNotContain(Flag.INDEFINITE_CERTIFICATE_VALID);
    }

    @Test
    void r13_r11_r34_lastPdOutsideWindow_derivedExpiryIsLastPdPlusFiveYears_confirmationWithCopy() {
        // given: last PD 2019-06-01, so the derived expiry is 2024-06-01 (lapse of 6 months)
        Dossier dossier = holderOfIndefinite(LocalDate.of(2010, 5, 1))
                .professionalDevelopment(pdCredits(PEDIATRICS, 4, LocalDate.of(2019, 6, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().standing().orElseThrow().lastValidDay()).contains(LocalDate.of(2024, 6, 1));
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(item(evaluation, DocumentCode.CERTIFICATE_COPY).orElseThrow().rules()).containsExactly(Rule.R34);
        assertThat(item(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow().satisfaction())
                .isEqualTo(Satisfaction.NOT_SATISFIED);
    }

    @Test
    void r13_pdBeforeTheIssueDate_doesNotMoveTheDerivedExpiry() {
        // given
        Dossier dossier = holderOfIndefinite(LocalDate.of(2010, 5, 1))
                .professionalDevelopment(pdCredits(PEDIATRICS, 4, LocalDate.of(2009, 5, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().standing().orElseThrow().lastValidDay()).contains(LocalDate.of(2015, 5, 1));
    }

    @Test
    void r13_pdInAnotherSpecialty_doesNotKeepItValid() {
        // given
        Dossier dossier = holderOfIndefinite(LocalDate.of(2010, 5, 1))
                .professionalDevelopment(pdCredits(THERAPY, 10, LocalDate.of(2023, 5, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().flags()).doesNotContain(Flag.INDEFINITE_CERTIFICATE_VALID);
        assertThat(evaluation.route().route()).isEqualTo(Route.FIRST_TIME);
    }

    @Test
    void r13_r09_appliesToForeignSpecialistsToo() {
        // given
        Dossier dossier = holderOfIndefinite(LocalDate.of(2012, 2, 1)).category(Category.FOREIGN)
                .professionalDevelopment(pdCredits(PEDIATRICS, 4, LocalDate.of(2023, 5, 1)))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_CONFIRMATION);
        assertThat(evaluation.route().flags()).contains(Flag.INDEFINITE_CERTIFICATE_VALID);
    }

    @Test
    void r13_pdSummedAcrossCertificates_keepsItValid() {
        // given: 2 credits + 60 h = 4 credits
        ProfessionalDevelopment first = pdCredits(PEDIATRICS, 2, LocalDate.of(2021, 1, 10));
        ProfessionalDevelopment second = pdHours(PEDIATRICS, 60, LocalDate.of(2024, 1, 10));
        Dossier dossier = holderOfIndefinite(LocalDate.of(2010, 5, 1))
                .professionalDevelopment(first).professionalDevelopment(second)
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().flags()).containsExactly(Flag.INDEFINITE_CERTIFICATE_VALID);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }
}
