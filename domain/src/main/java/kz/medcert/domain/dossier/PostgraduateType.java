package kz.medcert.domain.dossier;

import kz.medcert.domain.reference.LocalizedText;

/** Kinds of postgraduate medical training (A2-IF 3, A6-IF 5). */
public enum PostgraduateType {
    INTERNSHIP(LocalizedText.of("интернатура", "интернатура", "internship")),
    RESIDENCY(LocalizedText.of("резидентура", "резидентура", "residency")),
    CLINICAL_ORDINATURA(LocalizedText.of("клиникалық ординатура", "клиническая ординатура", "clinical ordinatura")),
    MASTERS(LocalizedText.of("магистратура", "магистратура", "master's degree")),
    DOCTORATE(LocalizedText.of("докторантура", "докторантура", "doctorate"));

    private final LocalizedText name;

    PostgraduateType(LocalizedText name) {
        this.name = name;
    }

    /** The kind in words, in kk/ru/en, lower case as it reads within a sentence. */
    public LocalizedText localizedName() {
        return name;
    }

    /** Residency and clinical ordinatura both train a specialty (section (k): RESIDENCY covers ordinatura). */
    public boolean isResidencyLike() {
        return this == RESIDENCY || this == CLINICAL_ORDINATURA;
    }

    /** Internship, residency and ordinatura give a clinical specialty that R39 compares with the declared one. */
    public boolean givesClinicalSpecialty() {
        return this == INTERNSHIP || isResidencyLike();
    }
}
