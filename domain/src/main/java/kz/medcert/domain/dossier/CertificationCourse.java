package kz.medcert.domain.dossier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import kz.medcert.domain.reference.SpecialtyCode;

/** A certification course with a specialization annex (R29, R44; A2-IF 5, A6-IF 7). */
public record CertificationCourse(SpecialtyCode specialty, BigDecimal credits, LocalDate completedOn) {
    public CertificationCourse {
        Objects.requireNonNull(specialty, "course specialty");
        Objects.requireNonNull(credits, "course credits");
        Objects.requireNonNull(completedOn, "completedOn");
        if (credits.signum() < 0) {
            throw new IllegalArgumentException("course credits cannot be negative");
        }
    }
}
