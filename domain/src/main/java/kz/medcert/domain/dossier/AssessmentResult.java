package kz.medcert.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;
import kz.medcert.domain.reference.SpecialtyCode;

/** A result of the assessment of professional preparedness under ҚР ДСМ-249/2020 (R66, R99; A2-IF 7). */
public record AssessmentResult(SpecialtyCode specialty, LocalDate date, boolean passed) {
    public AssessmentResult {
        Objects.requireNonNull(specialty, "assessment specialty");
        Objects.requireNonNull(date, "assessment date");
    }
}
