package kz.medcert.application.service;

import java.util.Optional;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;

/** Names of the specialties on register entries; a code the catalogue no longer lists is shown as the code itself. */
public final class SpecialtyNames {
    private final SpecialtyCatalogue catalogue;

    public SpecialtyNames(SpecialtyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public LocalizedText name(SpecialtyCode code) {
        return catalogue.find(code).map(Specialty::name).orElseGet(() -> asCode(code));
    }

    /** The specialty a specialization belongs to (R100), empty for a specialty. */
    public Optional<SpecialtyCode> parentOf(SpecialtyCode code) {
        return catalogue.find(code).flatMap(Specialty::parent);
    }

    private static LocalizedText asCode(SpecialtyCode code) {
        return LocalizedText.of(code.value(), code.value(), code.value());
    }
}
