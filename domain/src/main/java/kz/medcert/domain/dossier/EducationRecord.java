package kz.medcert.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;

/**
 * One medical education record (A2-IF 2, A6-IF 4): a (level, field) pair with its graduation date and country.
 *
 * @param foreignInstitution an international or foreign institution, or its branch, even when located in Kazakhstan
 *                           (R25 literal reading)
 * @param inRegistry         the record was found in the state education registry (R62, R63)
 */
public record EducationRecord(EducationLevel level, EducationField field, LocalDate graduationDate,
                              CountryCode country, boolean foreignInstitution, boolean inRegistry,
                              Optional<String> institution, Optional<Recognition> recognition) {

    public EducationRecord {
        Objects.requireNonNull(level, "education level");
        Objects.requireNonNull(field, "education field");
        Objects.requireNonNull(graduationDate, "graduationDate");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(recognition, "recognition");
    }

    public static EducationRecord domestic(EducationLevel level, EducationField field, LocalDate graduationDate) {
        return new EducationRecord(level, field, graduationDate, CountryCode.KAZAKHSTAN, false, false,
                Optional.empty(), Optional.empty());
    }

    /** R16, R25, R48: obtained in another state or at an international or foreign institution (or its branch). */
    public boolean obtainedAbroad() {
        return !country.isKazakhstan() || foreignInstitution;
    }

    public int graduationYear() {
        return graduationDate.getYear();
    }

    public EducationRecord inRegistry(boolean found) {
        return new EducationRecord(level, field, graduationDate, country, foreignInstitution, found, institution,
                recognition);
    }

    public EducationRecord withRecognition(Recognition value) {
        return new EducationRecord(level, field, graduationDate, country, foreignInstitution, inRegistry,
                institution, Optional.of(value));
    }
}
