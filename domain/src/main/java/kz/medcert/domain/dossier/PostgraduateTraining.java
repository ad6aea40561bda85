package kz.medcert.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;
import kz.medcert.domain.reference.SpecialtyCode;

/** Completed internship, residency, clinical ordinatura, master's or doctoral studies (A2-IF 3, A6-IF 5). */
public record PostgraduateTraining(PostgraduateType type, SpecialtyCode specialty, LocalDate completedOn,
                                   boolean inRegistry) {
    public PostgraduateTraining {
        Objects.requireNonNull(type, "postgraduate type");
        Objects.requireNonNull(specialty, "postgraduate specialty");
        Objects.requireNonNull(completedOn, "completedOn");
    }
}
