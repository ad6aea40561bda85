package kz.medcert.domain.reference;

import java.util.Objects;
import java.util.Optional;

/**
 * A certification specialty or specialization of the List (ҚР ДСМ-218/2020, R100) with the attributes the rules need
 * but the regulation does not define: education level (R46), clinical (R38), internship/residency (R24).
 *
 * @param parent the specialty a specialization belongs to; empty for a specialty
 */
public record Specialty(SpecialtyCode code, LocalizedText name, EducationLevel level, boolean clinical,
                        boolean providesInternshipOrResidency, Optional<SpecialtyCode> parent) {

    public Specialty {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(parent, "parent");
        if (level != EducationLevel.HIGHER && level != EducationLevel.TVET) {
            throw new IllegalArgumentException("a specialty is for higher or TVET education: " + code);
        }
    }

    public boolean isSpecialization() {
        return parent.isPresent();
    }

    /** A physician's specialty (higher medical education), as opposed to a TVET (nursing-level) one. */
    public boolean forPhysicians() {
        return level == EducationLevel.HIGHER;
    }
}
