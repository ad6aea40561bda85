package kz.medcert.domain.evaluation;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.Message;

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
        return mismatchReason(declared, citizenship).map(Message::toString);
    }

    /** As {@link #mismatch}, in words for the applicant in any language (the country by its name). */
    public static Optional<Message> mismatchReason(Category declared, Optional<CountryCode> citizenship) {
        return byCitizenship(citizenship).filter(required -> required != declared).map(required ->
                required == Category.DOMESTIC ? DomainText.CATEGORY_CITIZEN_IS_DOMESTIC.message()
                        : DomainText.CATEGORY_FOREIGNER_IS_FOREIGN.message()
                        .with("country", citizenship.orElseThrow().localizedName()));
    }
}
