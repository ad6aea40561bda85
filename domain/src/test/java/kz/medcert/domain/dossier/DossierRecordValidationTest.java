package kz.medcert.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.api.Test;

/** The dossier records reject what cannot be true and derive what the rules ask of them. */
class DossierRecordValidationTest {
    private static final SpecialtyCode THERAPY = SpecialtyCode.of("THERAPY");
    private static final LocalDate DAY = LocalDate.of(2020, 6, 30);

    @Test
    void employmentPeriod_cannotEndBeforeItStarts_butMayLastOneDay() {
        // then
        assertThatThrownBy(() -> EmploymentPeriod.ended(THERAPY, DAY, DAY.minusDays(1), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
        EmploymentPeriod oneDay = EmploymentPeriod.ended(THERAPY, DAY, DAY, false);
        assertThat(oneDay.ongoingOn(DAY)).isTrue();
        assertThat(oneDay.ongoingOn(DAY.plusDays(1))).isFalse();
        assertThat(oneDay.ongoingOn(DAY.minusDays(1))).isFalse();
        assertThat(oneDay.lastDayAsOf(DAY.plusYears(1))).isEqualTo(DAY);
        assertThat(EmploymentPeriod.current(THERAPY, DAY, false).lastDayAsOf(DAY.plusYears(1)))
                .isEqualTo(DAY.plusYears(1));
    }

    @Test
    void r13_heldCertificate_hasEitherAnExpiryOrIsIndefinite() {
        // then
        assertThatThrownBy(() -> new HeldCertificate(THERAPY, DAY, Optional.of(DAY.plusYears(5)), true, false,
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeldCertificate(THERAPY, DAY, Optional.empty(), false, false,
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HeldCertificate.valid(THERAPY, DAY, DAY.minusDays(1), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(HeldCertificate.indefinite(THERAPY, LocalDate.of(2010, 1, 1), true).validUntil()).isEmpty();
    }

    @Test
    void r33_retrainingHasPositiveHours() {
        // then
        assertThatThrownBy(() -> new Retraining(THERAPY, 0, DAY, false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Retraining(THERAPY, 1, DAY, false).hours()).isEqualTo(1);
    }

    @Test
    void r29_certificationCourseCreditsCannotBeNegative() {
        // then
        assertThatThrownBy(() -> new CertificationCourse(THERAPY, new BigDecimal("-1"), DAY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CertificationCourse(THERAPY, BigDecimal.ZERO, DAY).credits()).isZero();
    }

    @Test
    void r53_r25_permitAndRecognitionNeedANumber() {
        // then
        assertThatThrownBy(() -> new LabourPermit(" ", DAY, "Clinic")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Recognition.of("", DAY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Recognition.of("REC-1", DAY).inRegistry()).isFalse();
    }

    @Test
    void requiredFieldsAreNeverNull() {
        // then
        assertThatThrownBy(() -> EducationRecord.domestic(null, EducationField.NURSING, DAY))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new AssessmentResult(THERAPY, null, true)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new PostgraduateTraining(null, THERAPY, DAY, false))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ProfessionalDevelopment(THERAPY, null, DAY))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Dossier.builder(Category.DOMESTIC, null, DAY).build())
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void r16_r25_educationObtainedAbroad_isAnotherCountryOrAForeignInstitutionsBranch() {
        // given
        EducationRecord domestic = EducationRecord.domestic(EducationLevel.HIGHER, EducationField.PEDIATRICS, DAY);
        EducationRecord russian = new EducationRecord(EducationLevel.HIGHER, EducationField.PEDIATRICS, DAY,
                CountryCode.of("RU"), false, false, Optional.empty(), Optional.empty());
        EducationRecord branch = new EducationRecord(EducationLevel.HIGHER, EducationField.PEDIATRICS, DAY,
                CountryCode.KAZAKHSTAN, true, false, Optional.empty(), Optional.empty());

        // then
        assertThat(domestic.obtainedAbroad()).isFalse();
        assertThat(russian.obtainedAbroad()).isTrue();
        assertThat(branch.obtainedAbroad()).isTrue();
        assertThat(domestic.graduationYear()).isEqualTo(2020);
        assertThat(domestic.inRegistry(true).inRegistry()).isTrue();
        assertThat(russian.withRecognition(Recognition.of("R", DAY)).recognition()).isPresent();
    }

    @Test
    void r05_theTargetIsTheSpecializationWhenOneIsDeclared() {
        // given
        Dossier specialty = Dossier.builder(Category.DOMESTIC, SpecialtyCode.of("CARDIOLOGY"), DAY).build();
        Dossier specialization = specialty.toBuilder()
                .declaredSpecialization(SpecialtyCode.of("INTERVENTIONAL_CARDIOLOGY")).build();

        // then
        assertThat(specialty.target()).isEqualTo(SpecialtyCode.of("CARDIOLOGY"));
        assertThat(specialization.target()).isEqualTo(SpecialtyCode.of("INTERVENTIONAL_CARDIOLOGY"));
    }

    @Test
    void theBuilderDefaults_andToBuilderRoundTrip() {
        // given
        Dossier dossier = Dossier.builder(Category.FOREIGN, THERAPY, DAY)
                .citizenship(CountryCode.of("TR"))
                .education(EducationRecord.domestic(EducationLevel.HIGHER, EducationField.GENERAL_MEDICINE, DAY))
                .employment(EmploymentPeriod.current(THERAPY, DAY, false))
                .foreignLanguageDocument(DocumentCode.DIPLOMA)
                .build();

        // then
        assertThat(dossier.consentGiven()).isTrue();
        assertThat(dossier.prohibition()).isEqualTo(Prohibition.NONE);
        assertThat(dossier.labourPermit()).isEmpty();
        assertThat(dossier.toBuilder().build()).isEqualTo(dossier);
        assertThatThrownBy(() -> dossier.education().add(dossier.education().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void r33_r38_postgraduateTypes() {
        // then
        assertThat(PostgraduateType.RESIDENCY.isResidencyLike()).isTrue();
        assertThat(PostgraduateType.CLINICAL_ORDINATURA.isResidencyLike()).isTrue();
        assertThat(PostgraduateType.INTERNSHIP.isResidencyLike()).isFalse();
        assertThat(PostgraduateType.INTERNSHIP.givesClinicalSpecialty()).isTrue();
        assertThat(PostgraduateType.MASTERS.givesClinicalSpecialty()).isFalse();
        assertThat(PostgraduateType.DOCTORATE.givesClinicalSpecialty()).isFalse();
    }

    @Test
    void r97_experienceIsNormalised() {
        // then
        assertThat(Experience.normalised(0, 0, 365)).isEqualTo(new Experience(1, 0, 5));
        assertThat(Experience.normalised(1, 13, 30)).isEqualTo(new Experience(2, 2, 0));
        assertThatThrownBy(() -> new Experience(0, 12, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Experience(0, 0, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Experience(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
