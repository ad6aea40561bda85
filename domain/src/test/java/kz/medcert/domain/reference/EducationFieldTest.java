package kz.medcert.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Education fields and levels of rules.md section (k): a record is a (level, field) pair (R46). */
class EducationFieldTest {

    @ParameterizedTest(name = "section (k): {0}")
    @ValueSource(strings = {
            "GENERAL_MEDICINE | Жалпы медицина | Общая медицина | General medicine | HIGHER, BACHELOR",
            "MEDICAL_CARE | Емдеу ісі | Лечебное дело | Medical care (feldsher at TVET level) | HIGHER, TVET",
            "PEDIATRICS | Педиатрия | Педиатрия | Pediatrics | HIGHER",
            "ORIENTAL_MEDICINE | Шығыс медицинасы | Восточная медицина | Oriental medicine | HIGHER",
            "DENTISTRY | Стоматология | Стоматология | Dentistry | HIGHER, TVET",
            "NURSING | Мейіргер ісі (Мейірбике ісі) | Сестринское дело | Nursing | TVET, POST_SECONDARY, BACHELOR",
            "MIDWIFERY | Акушериялық іс (Акушерлік іс) | Акушерское дело | Midwifery | TVET",
            "LABORATORY_DIAGNOSTICS | Зертханалық диагностика | Лабораторная диагностика | Laboratory diagnostics | TVET",
            "FELDSHER_LABORATORY | Фельдшер-зертханашы | Фельдшер-лаборант | Feldsher-laboratory assistant | TVET",
            "SANITARY_FELDSHER | Санитариялық фельдшер | Санитарный фельдшер | Sanitary feldsher | TVET",
            "DENTAL_PRACTITIONER | Тіс дәрігері | Зубной врач | Dental practitioner | TVET",
            "PHARMACY | Фармация | Фармация | Pharmacy | TVET, HIGHER"})
    void sectionK_everyNamedFieldExists_withItsNamesAndLevels(String row) {
        // given
        List<String> cells = Arrays.stream(row.split("\\|")).map(String::strip).toList();

        // when
        EducationField field = EducationField.fromCode(cells.get(0)).orElseThrow();

        // then
        assertThat(field.localizedName()).isEqualTo(LocalizedText.of(cells.get(1), cells.get(2), cells.get(3)));
        List<EducationLevel> levels = Arrays.stream(cells.get(4).split(",")).map(String::strip)
                .map(EducationLevel::valueOf).toList();
        assertThat(field.levels()).containsAll(levels);
        levels.forEach(level -> assertThat(field.offeredAt(level)).isTrue());
    }

    @Test
    void r46_synonymsShareOneCode() {
        // then: "Мейірбике ісі" ≡ "Мейіргер ісі", "Акушерлік іс" ≡ "Акушериялық іс"
        assertThat(EducationField.NURSING.localizedName().kk()).contains("Мейіргер ісі", "Мейірбике ісі");
        assertThat(EducationField.MIDWIFERY.localizedName().kk()).contains("Акушериялық іс", "Акушерлік іс");
    }

    @Test
    void r01_r37_pharmacyIsNotMedical_andOnlyDoctorFieldsTrainPhysicians() {
        // then
        assertThat(EducationField.PHARMACY.isMedical()).isFalse();
        assertThat(EducationField.NURSING.isMedical()).isTrue();
        assertThat(Arrays.stream(EducationField.values()).filter(EducationField::trainsPhysicians))
                .containsExactlyInAnyOrder(EducationField.GENERAL_MEDICINE, EducationField.MEDICAL_CARE,
                        EducationField.PEDIATRICS, EducationField.ORIENTAL_MEDICINE, EducationField.DENTISTRY);
    }

    @Test
    void fieldsDoubleAsSpecialtyCodes_andUnknownCodesAreEmpty() {
        // then
        assertThat(EducationField.NURSING.asSpecialtyCode()).isEqualTo(SpecialtyCode.NURSING);
        assertThat(EducationField.fromCode("ASTROLOGY")).isEmpty();
    }

    @Test
    void sectionK_levels_haveThreeNames_andSecondaryAndHigherGroupsAreDisjoint() {
        // then
        for (EducationLevel level : EducationLevel.values()) {
            assertThat(level.localizedName().kk()).isNotBlank();
            assertThat(level.localizedName().ru()).isNotBlank();
            assertThat(level.localizedName().en()).isNotBlank();
            assertThat(level.isSecondary() && level.isHigherOrPostgraduate()).isFalse();
        }
        assertThat(Arrays.stream(EducationLevel.values()).filter(EducationLevel::isSecondary))
                .containsExactlyInAnyOrder(EducationLevel.TVET, EducationLevel.POST_SECONDARY);
    }
}
