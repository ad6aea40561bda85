package kz.medcert.domain.request;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.QualificationLevel;

/**
 * What the application form asks beyond the facts the rules evaluate: the qualification level applied for (A1 and A5,
 * "Qualification level"; R15), which the certificate grants when it is issued, and for a foreign specialist the
 * healthcare organisation they are to work in (A5; A6-IF item 3), which their certificate names; and the language the
 * applicant reads the service in, when they chose one (their notifications are written in it).
 *
 * @param language empty when the applicant chose none (and for requests started before it was kept)
 */
public record ApplicationDetails(Optional<QualificationLevel> qualificationLevel,
                                 Optional<HealthcareOrganisation> organisation, Optional<Language> language) {
    public static final ApplicationDetails NONE = new ApplicationDetails(Optional.empty(), Optional.empty(),
            Optional.empty());

    public ApplicationDetails {
        Objects.requireNonNull(qualificationLevel, "qualificationLevel");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(language, "language");
    }

    /** Details without a chosen language. */
    public ApplicationDetails(Optional<QualificationLevel> qualificationLevel,
                              Optional<HealthcareOrganisation> organisation) {
        this(qualificationLevel, organisation, Optional.empty());
    }

    /** The same details read in {@code chosen}. */
    public ApplicationDetails inLanguage(Optional<Language> chosen) {
        return new ApplicationDetails(qualificationLevel, organisation, chosen);
    }
}
