package kz.medcert.adapters.web.applicant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kz.medcert.adapters.web.Page.FieldProblem;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.application.port.in.requests.StartRequestUseCase.StartRequestCommand;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.dossier.ProfessionalDevelopment;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.person.Contact;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.ApplicationDetails;
import kz.medcert.domain.request.ApplicationForms;
import kz.medcert.domain.request.ApplicationForms.Field;

/**
 * The application form as the browser sent it: every field checked at once, each problem named by its field's id
 * (the error summary links to it) in the page's language; or the command that starts the request (R92–R95). Dates
 * are typed as dd.MM.yyyy.
 */
public final class ApplicationForm {
    /** Professional development entries the form offers (more can be uploaded as documents). */
    public static final int PD_ROWS = 3;
    static final List<String> FIELDS = List.of("surname", "givenName", "patronymic", "region", "category", "specialty",
            "qualificationLevel", "orgName", "orgOwnership", "orgAddress", "orgBranches", "postalAddress", "phone");

    private final Map<String, String> values;

    public ApplicationForm(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The values of the form's fields, read from the request with {@code read}. */
    public static ApplicationForm read(Function<String, String> read) {
        Map<String, String> values = new LinkedHashMap<>();
        FIELDS.forEach(name -> values.put(name, read.apply(name)));
        for (int i = 0; i < PD_ROWS; i++) {
            for (String part : List.of("pdSpecialty", "pdAmount", "pdUnit", "pdDate")) {
                values.put(part + i, read.apply(part + i));
            }
        }
        return new ApplicationForm(values);
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public Map<String, String> values() {
        return values;
    }

    /** The command, or the problems of the fields. */
    public sealed interface Checked permits Valid, Invalid {
    }

    public record Valid(StartRequestCommand command) implements Checked {
    }

    public record Invalid(List<FieldProblem> problems) implements Checked {
    }

    public Checked check(Iin iin, LocalDate today, SpecialtyCatalogue catalogue, Messages t) {
        List<FieldProblem> problems = new ArrayList<>();
        String surname = required("surname", problems, t);
        String givenName = required("givenName", problems, t);
        Optional<String> patronymic = optional("patronymic");
        PersonName name = null;
        if (!surname.isEmpty() && !givenName.isEmpty()) {
            try {
                name = PersonName.of(surname, givenName, patronymic.orElse(null));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("surname", t.t("form.error.name")));
            }
        }
        Category category = switch (value("category")) {
            case "DOMESTIC" -> Category.DOMESTIC;
            case "FOREIGN" -> Category.FOREIGN;
            default -> {
                problems.add(new FieldProblem("category", t.t("form.error.category")));
                yield null;
            }
        };
        Optional<Region> region = optional("region").flatMap(code -> TypedValues.code(code, Region.class));
        // R17, R71: the domain's form of the category says what it asks beyond the dossier
        Set<Field> asked = category == null ? Set.of() : ApplicationForms.requires(category);
        boolean regionAsked = asked.contains(Field.REGION);
        if (optional("region").isPresent() && region.isEmpty() || region.isEmpty() && regionAsked) {
            problems.add(new FieldProblem("region", t.t("form.error.region")));
        }
        SpecialtyCode specialty = TypedValues.specialty(value("specialty"), catalogue).orElse(null);
        if (specialty == null) {
            problems.add(new FieldProblem("specialty", t.t("form.error.specialty")));  // R02
        }
        Optional<QualificationLevel> level = Optional.empty();
        if (optional("qualificationLevel").isPresent()) {
            level = TypedValues.code(value("qualificationLevel"), QualificationLevel.class);  // R15
            if (level.isEmpty()) {
                problems.add(new FieldProblem("qualificationLevel", t.t("form.error.level")));
            }
        }
        List<ProfessionalDevelopment> pd = professionalDevelopment(catalogue, today, problems, t);
        Optional<HealthcareOrganisation> organisation = Optional.empty();
        Contact contact = Contact.NONE;
        if (asked.contains(Field.ORGANISATION)) {
            // Appendix 5: the organisation to work in
            String orgName = required("orgName", problems, t);
            String ownership = required("orgOwnership", problems, t);
            String address = required("orgAddress", problems, t);
            if (!orgName.isEmpty() && !ownership.isEmpty() && !address.isEmpty()) {
                try {
                    organisation = Optional.of(new HealthcareOrganisation(orgName, ownership, address,
                            optional("orgBranches")));
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("orgName", t.t("form.error.organisation")));
                }
            }
        }
        if (asked.contains(Field.POSTAL_ADDRESS) || asked.contains(Field.PHONE)) {
            // Appendix 5: a postal address and a contact telephone
            String postal = required("postalAddress", problems, t);
            String phone = required("phone", problems, t);
            if (!postal.isEmpty() && !phone.isEmpty()) {
                try {
                    contact = Contact.of(postal, phone);
                } catch (IllegalArgumentException e) {
                    problems.add(new FieldProblem("phone", t.t("form.error.phone")));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Invalid(problems);
        }
        DossierBuilder form = Dossier.builder(category, specialty, today).requestsQualificationLevel(level.isPresent());
        pd.forEach(form::professionalDevelopment);
        try {
            return new Valid(new StartRequestCommand(new Applicant(iin, name, region, contact), form.build(),
                    new ApplicationDetails(level, organisation)));
        } catch (IllegalArgumentException e) {
            return new Invalid(List.of(new FieldProblem("specialty", t.t("form.error.whole", t.reason(e)))));
        }
    }

    private List<ProfessionalDevelopment> professionalDevelopment(SpecialtyCatalogue catalogue, LocalDate today,
                                                                  List<FieldProblem> problems, Messages t) {
        List<ProfessionalDevelopment> entries = new ArrayList<>();
        for (int i = 0; i < PD_ROWS; i++) {
            boolean any = optional("pdSpecialty" + i).isPresent() || optional("pdAmount" + i).isPresent()
                    || optional("pdDate" + i).isPresent();
            if (!any) {
                continue;
            }
            SpecialtyCode specialty = TypedValues.specialty(value("pdSpecialty" + i), catalogue).orElse(null);
            if (specialty == null) {
                problems.add(new FieldProblem("pdSpecialty" + i, t.t("form.error.pdSpecialty", i + 1)));
            }
            BigDecimal amount = null;
            try {
                amount = new BigDecimal(value("pdAmount" + i).replace(',', '.'));
                if (amount.signum() <= 0 || amount.compareTo(BigDecimal.valueOf(10_000)) > 0) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("pdAmount" + i, t.t("form.error.pdAmount", i + 1)));
                amount = null;
            }
            LocalDate completed = TypedValues.date(value("pdDate" + i)).orElse(null);
            if (completed == null) {
                problems.add(new FieldProblem("pdDate" + i, t.t("form.error.pdDate", i + 1)));
            }
            if (specialty != null && amount != null && completed != null) {
                StudyVolume volume = "hours".equals(value("pdUnit" + i)) ? StudyVolume.ofHours(amount)
                        : StudyVolume.ofCredits(amount);
                entries.add(new ProfessionalDevelopment(specialty, volume, completed));
            }
        }
        return entries;
    }

    private String required(String field, List<FieldProblem> problems, Messages t) {
        String value = value(field).strip();
        if (value.isEmpty()) {
            problems.add(new FieldProblem(field, t.t("form.error.required." + field)));
        }
        return value;
    }

    private Optional<String> optional(String field) {
        String value = value(field).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
