package kz.medcert.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;
import kz.medcert.domain.reference.SpecialtyCode;

/** Retraining in a specialty with its length in hours (A2-IF 4, A6-IF 6); a form that ended in 2021 (R33). */
public record Retraining(SpecialtyCode specialty, int hours, LocalDate completedOn, boolean inRegistry) {
    public Retraining {
        Objects.requireNonNull(specialty, "retraining specialty");
        Objects.requireNonNull(completedOn, "completedOn");
        if (hours <= 0) {
            throw new IllegalArgumentException("retraining hours must be positive: " + hours);
        }
    }
}
