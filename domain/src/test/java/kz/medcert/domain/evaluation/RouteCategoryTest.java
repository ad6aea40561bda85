package kz.medcert.domain.evaluation;

import static kz.medcert.domain.evaluation.DossierFixtures.AD;
import static kz.medcert.domain.evaluation.DossierFixtures.CARDIOLOGY;
import static kz.medcert.domain.evaluation.DossierFixtures.INTERVENTIONAL_CARDIOLOGY;
import static kz.medcert.domain.evaluation.DossierFixtures.PEDIATRICS;
import static kz.medcert.domain.evaluation.DossierFixtures.THERAPY;
import static kz.medcert.domain.evaluation.DossierFixtures.evaluate;
import static kz.medcert.domain.evaluation.DossierFixtures.item;
import static kz.medcert.domain.evaluation.DossierFixtures.notRequired;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.reference.PersonDates;
import kz.medcert.domain.rules.Rule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which route an application takes: category (R03), first-time (R04, R08), new specialty (R05), confirmation. */
class RouteCategoryTest {

    @Test
    void r03_r06_domesticCategoryWithValidCertificate_takesDomesticConfirmation() {
        // given
        Dossier dossier = DossierFixtures.pediatricianConfirming();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(evaluation.route().flags()).isEmpty();
        assertThat(evaluation.route().certificate()).isPresent();
        assertThat(evaluation.route().standing().orElseThrow().isValid()).isTrue();
    }

    @Test
    void r03_r09_sameFactsUnderForeignCategory_takeForeignConfirmation() {
        // given
        Dossier dossier = DossierFixtures.pediatricianConfirming().toBuilder().category(Category.FOREIGN).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_CONFIRMATION);
    }

    @Test
    void r03_r08_sameFactsUnderForeignCategoryWithoutCertificate_takeForeignFirstTime() {
        // given
        Dossier dossier = DossierFixtures.domesticFirstTimeGraduateBuilder().category(Category.FOREIGN).build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_FIRST_TIME);
        assertThat(evaluation.route().flags()).doesNotContain(Flag.NEW_SPECIALTY, Flag.LAPSED_OVER_3_YEARS);
    }

    @Test
    void r04_neverCertifiedDomesticGraduate_takesFirstTimeWithoutFlags() {
        // given
        Dossier dossier = DossierFixtures.domesticFirstTimeGraduate();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(evaluation.route().flags()).isEmpty();
        assertThat(evaluation.route().certificate()).isEmpty();
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r08_neverCertifiedForeignSpecialist_takesForeignFirstTime() {
        // given
        Dossier dossier = DossierFixtures.foreignFirstTimeSpecialist();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_FIRST_TIME);
        assertThat(evaluation.route().flags()).containsExactly(Flag.EDUCATED_ABROAD);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r09_foreignSpecialistWithValidCertificate_takesForeignConfirmation() {
        // given
        Dossier dossier = DossierFixtures.foreignConfirmingSpecialist();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_CONFIRMATION);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r05_r28_r30_certificateInAnotherSpecialtyOnly_isFirstTimeNewSpecialty() {
        // given: a pediatrician certified in THERAPY only
        Dossier dossier = DossierFixtures.domesticFirstTimeGraduateBuilder()
                .certificate(HeldCertificate.valid(THERAPY, LocalDate.of(2024, 7, 1), LocalDate.of(2029, 7, 1), true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(evaluation.route().flags()).containsExactly(Flag.NEW_SPECIALTY);
        assertThat(notRequired(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow().rules())
                .containsExactly(Rule.R28);
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().rules()).contains(Rule.R30);
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r05_newSpecializationUnderHeldSpecialty_isFirstTimeNewSpecialty() {
        // given: a cardiologist certified in CARDIOLOGY applies for INTERVENTIONAL_CARDIOLOGY
        Dossier dossier = DossierFixtures.cardiologistBuilder()
                .declaredSpecialization(INTERVENTIONAL_CARDIOLOGY)
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(dossier.target()).isEqualTo(INTERVENTIONAL_CARDIOLOGY);
        assertThat(evaluation.route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(evaluation.route().flags()).containsExactly(Flag.NEW_SPECIALTY);
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().rules()).contains(Rule.R30);
        assertThat(notRequired(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow().rules())
                .containsExactly(Rule.R28);
    }

    @Test
    void r05_r06_sameCardiologistConfirmingTheHeldSpecialty_isConfirmation() {
        // given
        Dossier dossier = DossierFixtures.cardiologistBuilder().build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.CONFIRMATION);
        assertThat(evaluation.route().flags()).isEmpty();
        assertThat(evaluation.outcome().isEligible()).isTrue();
    }

    @Test
    void r05_certificateInSpecializationOnly_makesTheParentSpecialtyNew() {
        // given: certified in INTERVENTIONAL_CARDIOLOGY only, applying for CARDIOLOGY itself
        Dossier onlySpecialization = DossierFixtures.cardiologistWithoutCertificateBuilder()
                .certificate(HeldCertificate.valid(INTERVENTIONAL_CARDIOLOGY, LocalDate.of(2021, 1, 1),
                        LocalDate.of(2026, 1, 1), true))
                .build();

        // when
        Evaluation evaluation = evaluate(onlySpecialization);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(evaluation.route().flags()).contains(Flag.NEW_SPECIALTY);
    }

    @Test
    @DisplayName("R05 R08: foreign specialist certified in another specialty: FOREIGN_FIRST_TIME, NEW_SPECIALTY")
    void r05_r08_foreignNewSpecialty() {
        // given
        Dossier dossier = DossierFixtures.foreignFirstTimeSpecialistBuilder()
                .certificate(HeldCertificate.valid(PEDIATRICS, LocalDate.of(2022, 1, 1), LocalDate.of(2027, 1, 1),
                        true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FOREIGN_FIRST_TIME);
        assertThat(evaluation.route().flags()).contains(Flag.NEW_SPECIALTY);
        assertThat(item(evaluation, DocumentCode.ASSESSMENT_RESULT).orElseThrow().rules()).contains(Rule.R55);
    }

    @Test
    void r04_r85_certificateInTargetIssuedAfterApplicationDate_isIgnoredForTheRoute() {
        // given
        Dossier dossier = DossierFixtures.domesticFirstTimeGraduateBuilder()
                .certificate(HeldCertificate.valid(PEDIATRICS, AD.plusDays(1), AD.plusYears(5), true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then
        assertThat(evaluation.route().route()).isEqualTo(Route.FIRST_TIME);
        assertThat(evaluation.route().certificate()).isEmpty();
        assertThat(evaluation.route().flags()).doesNotContain(Flag.NEW_SPECIALTY);
        assertThat(evaluation.outcome().isEligible()).isTrue();
        assertThat(evaluation.reviewNotes()).anySatisfy(note -> assertThat(note.text().en())
                .contains("certificate issued " + PersonDates.format(AD.plusDays(1)) + " (registry)"));
    }

    @Test
    void r05_r27_r85_otherCertificateIssuedAfterTheApplicationDate_isNotHeldOnIt() {
        // given: a recent graduate whose only (THERAPY) certificate is dated after AD
        Dossier dossier = DossierFixtures.domesticFirstTimeGraduateBuilder()
                .certificate(HeldCertificate.valid(THERAPY, AD.plusDays(1), AD.plusYears(5), true))
                .build();

        // when
        Evaluation evaluation = evaluate(dossier);

        // then: not a new specialty, still a recent graduate who never held a certificate on AD
        assertThat(evaluation.route().flags()).doesNotContain(Flag.NEW_SPECIALTY);
        assertThat(notRequired(evaluation, DocumentCode.PROFESSIONAL_DEVELOPMENT).orElseThrow().rules())
                .containsExactly(Rule.R27);
        assertThat(evaluation.outcome().isEligible()).isTrue();
        assertThat(evaluation.reviewNotes()).extracting(ReviewNote::code).containsExactly("DATED_AFTER_APPLICATION");
    }
}
