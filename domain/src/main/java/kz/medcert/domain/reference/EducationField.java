package kz.medcert.domain.reference;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Field of a medical education record, as named by the regulation (rules.md section (k)). A record is a
 * (level, field) pair because "Емдеу ісі" and "Стоматология" exist at two levels (R46).
 */
public enum EducationField {
    GENERAL_MEDICINE("Жалпы медицина", "Общая медицина", "General medicine",
            EnumSet.of(EducationLevel.HIGHER, EducationLevel.BACHELOR, EducationLevel.POSTGRADUATE), true),
    MEDICAL_CARE("Емдеу ісі", "Лечебное дело", "Medical care (feldsher at TVET level)",
            EnumSet.of(EducationLevel.HIGHER, EducationLevel.TVET, EducationLevel.POST_SECONDARY), true),
    PEDIATRICS("Педиатрия", "Педиатрия", "Pediatrics",
            EnumSet.of(EducationLevel.HIGHER, EducationLevel.POSTGRADUATE), true),
    ORIENTAL_MEDICINE("Шығыс медицинасы", "Восточная медицина", "Oriental medicine",
            EnumSet.of(EducationLevel.HIGHER), true),
    DENTISTRY("Стоматология", "Стоматология", "Dentistry",
            EnumSet.of(EducationLevel.HIGHER, EducationLevel.POSTGRADUATE, EducationLevel.TVET), true),
    NURSING("Мейіргер ісі (Мейірбике ісі)", "Сестринское дело", "Nursing",
            EnumSet.of(EducationLevel.TVET, EducationLevel.POST_SECONDARY, EducationLevel.BACHELOR), false),
    MIDWIFERY("Акушериялық іс (Акушерлік іс)", "Акушерское дело", "Midwifery",
            EnumSet.of(EducationLevel.TVET, EducationLevel.POST_SECONDARY), false),
    LABORATORY_DIAGNOSTICS("Зертханалық диагностика", "Лабораторная диагностика", "Laboratory diagnostics",
            EnumSet.of(EducationLevel.TVET, EducationLevel.POST_SECONDARY), false),
    FELDSHER_LABORATORY("Фельдшер-зертханашы", "Фельдшер-лаборант", "Feldsher-laboratory assistant",
            EnumSet.of(EducationLevel.TVET), false),
    SANITARY_FELDSHER("Санитариялық фельдшер", "Санитарный фельдшер", "Sanitary feldsher",
            EnumSet.of(EducationLevel.TVET), false),
    DENTAL_PRACTITIONER("Тіс дәрігері", "Зубной врач", "Dental practitioner",
            EnumSet.of(EducationLevel.TVET), false),
    PHARMACY("Фармация", "Фармация", "Pharmacy",
            EnumSet.of(EducationLevel.TVET, EducationLevel.HIGHER), false);

    private final LocalizedText name;
    private final Set<EducationLevel> levels;
    private final boolean doctorTraining;

    EducationField(String kk, String ru, String en, Set<EducationLevel> levels, boolean doctorTraining) {
        this.name = LocalizedText.of(kk, ru, en);
        this.levels = levels;
        this.doctorTraining = doctorTraining;
    }

    public LocalizedText localizedName() {
        return name;
    }

    public Set<EducationLevel> levels() {
        return EnumSet.copyOf(levels);
    }

    public boolean offeredAt(EducationLevel level) {
        return levels.contains(level);
    }

    /** Pharmacy is pharmaceutical, not medical, education (R01 keeps pharmaceutical practice out of scope). */
    public boolean isMedical() {
        return this != PHARMACY;
    }

    /** Whether this field, at a higher level, trains a physician ("Дәрігер"): the base for R37–R39. */
    public boolean trainsPhysicians() {
        return doctorTraining;
    }

    /** The same code as a specialty code, so that a record in this field can count towards a specialty. */
    public SpecialtyCode asSpecialtyCode() {
        return new SpecialtyCode(name());
    }

    public static Optional<EducationField> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.name().equals(code)).findFirst();
    }
}
