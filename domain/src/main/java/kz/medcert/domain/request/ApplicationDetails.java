package kz.medcert.domain.request;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.reference.QualificationLevel;

/**
 * What the application form asks beyond the facts the rules evaluate: the qualification level applied for (A1 and A5,
 * "Qualification level"; R15), which the certificate grants when it is issued, and for a foreign specialist the
 * healthcare organisation they are to work in (A5; A6-IF item 3), which their certificate names.
 */
public record ApplicationDetails(Optional<QualificationLevel> qualificationLevel,
                                 Optional<HealthcareOrganisation> organisation) {
    public static final ApplicationDetails NONE = new ApplicationDetails(Optional.empty(), Optional.empty());

    public ApplicationDetails {
        Objects.requireNonNull(qualificationLevel, "qualificationLevel");
        Objects.requireNonNull(organisation, "organisation");
    }
}
