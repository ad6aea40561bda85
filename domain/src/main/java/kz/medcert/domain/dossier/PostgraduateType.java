package kz.medcert.domain.dossier;

/** Kinds of postgraduate medical training (A2-IF 3, A6-IF 5). */
public enum PostgraduateType {
    INTERNSHIP, RESIDENCY, CLINICAL_ORDINATURA, MASTERS, DOCTORATE;

    /** Residency and clinical ordinatura both train a specialty (section (k): RESIDENCY covers ordinatura). */
    public boolean isResidencyLike() {
        return this == RESIDENCY || this == CLINICAL_ORDINATURA;
    }

    /** Internship, residency and ordinatura give a clinical specialty that R39 compares with the declared one. */
    public boolean givesClinicalSpecialty() {
        return this == INTERNSHIP || isResidencyLike();
    }
}
