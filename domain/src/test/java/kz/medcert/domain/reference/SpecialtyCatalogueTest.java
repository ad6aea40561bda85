package kz.medcert.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The List of specialties as reference data (R02, R100; rules.md section (k)). */
class SpecialtyCatalogueTest {
    private static final SpecialtyCatalogue LIST = SpecialtyCatalogue.standard();

    @Test
    void r100_theShippedCatalogueLoads_withUniqueCodes() {
        // when
        List<Specialty> all = LIST.all();

        // then
        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
        assertThat(all).extracting(Specialty::code).doesNotHaveDuplicates();
        assertThat(SpecialtyCatalogue.standard()).isSameAs(LIST);
    }

    @ParameterizedTest(name = "section (k): specialty {0} exists with kk/ru/en names")
    @ValueSource(strings = {"NURSING", "MEDICAL_CARE", "MIDWIFERY", "LABORATORY_DIAGNOSTICS", "PEDIATRICS", "THERAPY",
            "GENERAL_PRACTICE", "CARDIOLOGY", "GENERAL_SURGERY", "OBSTETRICS_GYNECOLOGY",
            "ANESTHESIOLOGY_REANIMATOLOGY", "NEUROLOGY", "PSYCHIATRY", "INFECTIOUS_DISEASES", "DENTISTRY",
            "INTERVENTIONAL_CARDIOLOGY"})
    void r02_everyCodeOfSectionK_isInTheList_withThreeNames(String code) {
        // when
        Optional<Specialty> specialty = LIST.find(SpecialtyCode.of(code));

        // then
        assertThat(specialty).hasValueSatisfying(s -> {
            assertThat(s.name().kk()).isNotBlank();
            assertThat(s.name().ru()).isNotBlank();
            assertThat(s.name().en()).isNotBlank();
            assertThat(s.name().kk()).isNotEqualTo(s.name().en());
        });
    }

    @ParameterizedTest(name = "R46 TVET specialty {0}: level TVET, not clinical, no internship or residency")
    @ValueSource(strings = {"NURSING", "MEDICAL_CARE", "MIDWIFERY", "LABORATORY_DIAGNOSTICS"})
    void r46_theTvetSpecialtiesOf8D_areAtTvetLevel(String code) {
        // when
        Specialty specialty = LIST.find(SpecialtyCode.of(code)).orElseThrow();

        // then
        assertThat(specialty.level()).isEqualTo(EducationLevel.TVET);
        assertThat(specialty.forPhysicians()).isFalse();
        assertThat(specialty.clinical()).isFalse();
        assertThat(specialty.isSpecialization()).isFalse();
    }

    @ParameterizedTest(name = "R38 physician specialty {0}: higher level, clinical, with residency")
    @ValueSource(strings = {"PEDIATRICS", "THERAPY", "GENERAL_PRACTICE", "CARDIOLOGY", "GENERAL_SURGERY",
            "OBSTETRICS_GYNECOLOGY", "ANESTHESIOLOGY_REANIMATOLOGY", "NEUROLOGY", "PSYCHIATRY",
            "INFECTIOUS_DISEASES", "DENTISTRY", "INTERVENTIONAL_CARDIOLOGY"})
    void r38_thePhysicianSpecialtiesOfSectionK_areClinicalAndHigher(String code) {
        // when
        Specialty specialty = LIST.find(SpecialtyCode.of(code)).orElseThrow();

        // then
        assertThat(specialty.level()).isEqualTo(EducationLevel.HIGHER);
        assertThat(specialty.forPhysicians()).isTrue();
        assertThat(specialty.clinical()).isTrue();
        assertThat(specialty.providesInternshipOrResidency()).isTrue();
    }

    @Test
    void r05_interventionalCardiology_isASpecializationOfCardiology() {
        // when
        Specialty specialization = LIST.find(SpecialtyCode.of("INTERVENTIONAL_CARDIOLOGY")).orElseThrow();

        // then
        assertThat(specialization.isSpecialization()).isTrue();
        assertThat(specialization.parent()).contains(SpecialtyCode.of("CARDIOLOGY"));
        assertThat(LIST.find(SpecialtyCode.of("CARDIOLOGY")).orElseThrow().parent()).isEmpty();
    }

    @Test
    void r24_publicHealth_providesNeitherInternshipNorResidency() {
        // when
        Specialty publicHealth = LIST.find(SpecialtyCode.of("PUBLIC_HEALTH")).orElseThrow();

        // then
        assertThat(publicHealth.providesInternshipOrResidency()).isFalse();
        assertThat(publicHealth.clinical()).isFalse();
    }

    @Test
    void r02_educationFieldsAreKnownCodes_butNotListSpecialties() {
        // given
        SpecialtyCode generalMedicine = SpecialtyCode.of("GENERAL_MEDICINE");
        SpecialtyCode unknown = SpecialtyCode.of("ASTROLOGY");

        // then
        assertThat(LIST.isKnownCode(generalMedicine)).isTrue();
        assertThat(LIST.find(generalMedicine)).isEmpty();
        assertThat(LIST.isKnownCode(unknown)).isFalse();
        assertThat(LIST.isKnownCode(SpecialtyCode.of("THERAPY"))).isTrue();
    }

    @Test
    void r100_aCatalogueRejectsDuplicateCodesAndUnknownParents() {
        // given
        LocalizedText name = LocalizedText.of("a", "b", "c");
        Specialty therapy = new Specialty(SpecialtyCode.of("THERAPY"), name, EducationLevel.HIGHER, true, true,
                Optional.empty());
        Specialty orphan = new Specialty(SpecialtyCode.of("ORPHAN"), name, EducationLevel.HIGHER, true, true,
                Optional.of(SpecialtyCode.of("MISSING")));

        // then
        assertThatThrownBy(() -> new SpecialtyCatalogue(List.of(therapy, therapy)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate");
        assertThatThrownBy(() -> new SpecialtyCatalogue(List.of(therapy, orphan)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MISSING");
    }

    @Test
    void r46_aSpecialtyIsForHigherOrTvetEducationOnly() {
        // then
        assertThatThrownBy(() -> new Specialty(SpecialtyCode.of("X_RAY"), LocalizedText.of("a", "b", "c"),
                EducationLevel.BACHELOR, false, false, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void specialtyCodes_areNormalised_andMalformedCodesRejected() {
        // then
        assertThat(SpecialtyCode.of("  therapy ")).isEqualTo(SpecialtyCode.of("THERAPY"));
        assertThat(SpecialtyCode.of("therapy").toString()).isEqualTo("THERAPY");
        assertThatThrownBy(() -> SpecialtyCode.of("1ABC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpecialtyCode.of("THE RAPY")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SpecialtyCode.of("")).isInstanceOf(IllegalArgumentException.class);
    }
}
