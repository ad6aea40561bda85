package kz.medcert.domain.request;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;

/**
 * What the application form itself asks beyond the dossier, by the service chosen. The domestic application
 * (Appendix 1 item 6) gives the region of residence, which decides the territorial department (R71). The foreign
 * specialist's application (Appendix 5, R17) names the healthcare organisation they are to work in, with its form of
 * ownership and address, and their postal address and contact telephone; it asks for no region, as no state register
 * holds a foreigner's residence. Every entry point asks this class which fields to require, so that none forgets one.
 */
public final class ApplicationForms {

    /** A field the application form asks for, by its name in the application. */
    public enum Field {
        REGION("region"), ORGANISATION("organisation"), POSTAL_ADDRESS("postalAddress"), PHONE("phone");

        private final String fieldName;

        Field(String fieldName) {
            this.fieldName = fieldName;
        }

        /** The field's name in the application (and in the API's start body). */
        public String fieldName() {
            return fieldName;
        }
    }

    private ApplicationForms() {
    }

    /** The fields the form of {@code category} requires. */
    public static Set<Field> requires(Category category) {
        return switch (category) {
            // R71: the department of the applicant's region receives a domestic specialist's request
            case DOMESTIC -> EnumSet.of(Field.REGION);
            // R17, Appendix 5: the organisation to work in, a postal address and a contact telephone
            case FOREIGN -> EnumSet.of(Field.ORGANISATION, Field.POSTAL_ADDRESS, Field.PHONE);
        };
    }

    /** The fields of the chosen form that are missing, by their names in the application; empty when complete. */
    public static List<String> missing(Applicant applicant, Dossier form, ApplicationDetails details) {
        List<String> missing = new ArrayList<>();
        for (Field field : requires(form.category())) {
            boolean given = switch (field) {
                case REGION -> applicant.region().isPresent();
                case ORGANISATION -> details.organisation().isPresent();
                case POSTAL_ADDRESS -> applicant.contact().postalAddress().isPresent();
                case PHONE -> applicant.contact().phone().isPresent();
            };
            if (!given) {
                missing.add(field.fieldName());
            }
        }
        return List.copyOf(missing);
    }

    /** At the start: the whole form the category asks for (R17, R71). */
    static void check(Applicant applicant, Dossier form, ApplicationDetails details) {
        refuse(form.category(), missing(applicant, form, details));
    }

    /**
     * At an amendment: the form's own fields. The applicant is not restated, so the region is not asked again: a
     * request started before the region was asked keeps its place until the registry's region places it (R71).
     */
    static void checkAmendment(Applicant applicant, Dossier form, ApplicationDetails details) {
        refuse(form.category(), missing(applicant, form, details).stream()
                .filter(field -> !field.equals(Field.REGION.fieldName())).toList());
    }

    private static void refuse(Category category, List<String> missing) {
        if (!missing.isEmpty()) {
            throw new InvalidValueException((category == Category.DOMESTIC ? DomainText.APPLICATION_REGION_MISSING
                    : DomainText.APPLICATION_FORM_INCOMPLETE).message().with("fields", missing));
        }
    }
}
