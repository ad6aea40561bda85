package kz.medcert.domain.dossier;

import java.time.LocalDate;
import java.util.Objects;
import kz.medcert.domain.reference.SpecialtyCode;

/** A professional development certificate under ҚР ДСМ-303/2020 (R101; A2-IF 9, A6-IF 11). */
public record ProfessionalDevelopment(SpecialtyCode specialty, StudyVolume volume, LocalDate completedOn) {
    public ProfessionalDevelopment {
        Objects.requireNonNull(specialty, "PD specialty");
        Objects.requireNonNull(volume, "PD volume");
        Objects.requireNonNull(completedOn, "completedOn");
    }
}
