package kz.medcert.adapters.web.view;

import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;

/** Names the pages show for codes: a specialty by the List's name, never its code (a code the List lost stays). */
public final class Names {
    private static final SpecialtyCatalogue CATALOGUE = SpecialtyCatalogue.standard();

    private Names() {
    }

    public static LocalizedText specialty(SpecialtyCode code) {
        return CATALOGUE.find(code).map(s -> s.name())
                .orElseGet(() -> LocalizedText.of(code.value(), code.value(), code.value()));
    }
}
