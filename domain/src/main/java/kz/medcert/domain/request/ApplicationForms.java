package kz.medcert.domain.request;

import java.util.ArrayList;
import java.util.List;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;

/**
 * What the application form itself asks (R17): the foreign specialist's application (Appendix 5) names the
 * healthcare organisation they are to work in, with its form of ownership and address, and their postal address and
 * contact telephone. The domestic application (Appendix 1) asks for none of them: e-gov knows the person.
 */
public final class ApplicationForms {

    private ApplicationForms() {
    }

    /** The fields of the chosen form that are missing, by their names in the application; empty when complete. */
    public static List<String> missing(Applicant applicant, Dossier form, ApplicationDetails details) {
        List<String> missing = new ArrayList<>();
        if (form.category() == Category.FOREIGN) {
            if (details.organisation().isEmpty()) {
                missing.add("organisation");
            }
            if (applicant.contact().postalAddress().isEmpty()) {
                missing.add("postalAddress");
            }
            if (applicant.contact().phone().isEmpty()) {
                missing.add("phone");
            }
        }
        return List.copyOf(missing);
    }

    static void check(Applicant applicant, Dossier form, ApplicationDetails details) {
        List<String> missing = missing(applicant, form, details);
        if (!missing.isEmpty()) {
            throw new InvalidValueException(DomainText.APPLICATION_FORM_INCOMPLETE.message().with("fields", missing));
        }
    }
}
