package kz.medcert.domain.evaluation;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.reference.CountryCode;

/**
 * R03: which of the two public services applies follows the person, not the form chosen. The foreign-specialist
 * service (Appendices 5 and 6) is for "an individual who is a non-resident"; a citizen of Kazakhstan is always served
 * by the domestic one, a foreign citizen or stateless person by the foreign one, and permanent residence only lifts
 * the labour permit (R53). Citizenship comes from the state database of individuals first and from the declaration
 * where no registry holds it; without either, the declared category stands.
 */
public final class ServiceCategoryPolicy {

    private ServiceCategoryPolicy() {
    }

    /** The service a person of this citizenship uses, if the citizenship is known. */
    public static Optional<Category> byCitizenship(Optional<CountryCode> citizenship) {
        Objects.requireNonNull(citizenship, "citizenship");
        return citizenship.map(c -> c.isKazakhstan() ? Category.DOMESTIC : Category.FOREIGN);
    }

    /** The service the dossier is evaluated under: by citizenship where known, else as declared. */
    public static Category effective(Dossier dossier) {
        return byCitizenship(dossier.citizenship()).orElse(dossier.category());
    }

    /** Why the declared category cannot be the person's service, in words for the applicant; empty when it can. */
    public static Optional<String> mismatch(Category declared, Optional<CountryCode> citizenship) {
        return byCitizenship(citizenship).filter(required -> required != declared).map(required ->
                required == Category.DOMESTIC
                        ? "a citizen of Kazakhstan applies on the domestic service (DOMESTIC), not as a foreign "
                        + "specialist (R03)"
                        : "a citizen of " + citizenship.orElseThrow() + " applies on the foreign-specialist service "
                        + "(FOREIGN), which is for non-residents; permanent residence in Kazakhstan only lifts the "
                        + "labour permit (R03, R53)");
    }
}
