package kz.medcert.adapters.http.requests;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import kz.medcert.adapters.http.Fields;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.dto.StartRequestRequest.ApplicantInput;
import kz.medcert.adapters.http.dto.StartRequestRequest.FormInput;
import kz.medcert.adapters.http.dto.StartRequestRequest;
import kz.medcert.adapters.http.evaluation.DossierMapper;
import kz.medcert.application.port.in.requests.AmendFormUseCase.AmendFormCommand;
import kz.medcert.application.port.in.requests.StartRequestUseCase.StartRequestCommand;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.person.Contact;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.Explained;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.ApplicationDetails;
import kz.medcert.domain.request.ApplicationForms.Field;
import kz.medcert.domain.request.ApplicationForms;

/**
 * Maps the start of a request to the use case's command, checking every field at once (400 listing each by JSON path:
 * {@code applicant.iin}, {@code form.education[0].graduationDate}). The form is built for the application date the
 * use case settles on (the day it is started; again at submission, R11).
 */
final class StartRequestMapper {
    private final SpecialtyCatalogue catalogue;
    private final DossierMapper dossiers;

    StartRequestMapper(SpecialtyCatalogue catalogue) {
        this.catalogue = catalogue;
        this.dossiers = new DossierMapper(catalogue);
    }

    /** The command; {@code language} is the one the applicant asked the service in, if any (their notifications'). */
    StartRequestCommand toCommand(StartRequestRequest r, Optional<Language> language) {
        Fields f = new Fields(catalogue);
        Set<Field> asked = r.form() == null ? Set.of() : asked(r.form().category());
        Optional<Applicant> applicant = f.has("applicant", r.applicant())
                ? applicant(f.scoped("applicant."), r.applicant(), asked) : Optional.empty();
        Function<LocalDate, Dossier> form = f.has("form", r.form())
                ? dossiers.dossierOn(f.scoped("form."), r.form().asEvaluationRequest()) : null;
        Supplier<ApplicationDetails> details = r.form() == null ? null
                : details(f.scoped("form."), r.form(), asked);
        f.throwIfAny();
        DossierMapper.requireTheService(r.form().asEvaluationRequest(), "form.");
        try {
            return new StartRequestCommand(applicant.orElseThrow(), refusedAsAWhole(form),
                    details.get().inLanguage(language));
        } catch (IllegalArgumentException e) {
            throw refusedAsAWhole(e);
        }
    }

    /**
     * Maps an amended form, sent alone as the body ({@code PUT /api/v1/requests/{id}/form}), checking every field at
     * once as {@link #toCommand} does; the paths name the form's own fields ({@code education[0].graduationDate}).
     */
    AmendFormCommand toAmendment(FormInput in) {
        if (in == null) {
            throw ProblemException.invalidField("form", HttpText.FORM_AMENDMENT_REQUIRED.message());
        }
        Fields f = new Fields(catalogue);
        Function<LocalDate, Dossier> form = dossiers.dossierOn(f, in.asEvaluationRequest());
        Supplier<ApplicationDetails> details = details(f, in, asked(in.category()));
        f.throwIfAny();
        DossierMapper.requireTheService(in.asEvaluationRequest(), "");
        try {
            return new AmendFormCommand(refusedAsAWhole(form), details.get());
        } catch (IllegalArgumentException e) {
            throw refusedAsAWhole(e);
        }
    }

    /** The form for the date the use case settles on; one the domain refuses as a whole is bad input, as here. */
    private static Function<LocalDate, Dossier> refusedAsAWhole(Function<LocalDate, Dossier> form) {
        return day -> {
            try {
                return form.apply(day);
            } catch (IllegalArgumentException e) {
                throw refusedAsAWhole(e);
            }
        };
    }

    // every field was checked; a form the domain still refuses as a whole is bad input
    private static ProblemException refusedAsAWhole(IllegalArgumentException e) {
        return ProblemException.invalidField("form", Explained.explanationOf(e));
    }

    /** The fields the domain's form of the category asks for (R17, R71); none for a category the fields refuse. */
    private static Set<Field> asked(String category) {
        return Arrays.stream(Category.values()).filter(c -> c.name().equals(category)).findFirst()
                .map(ApplicationForms::requires).orElse(Set.of());
    }

    /**
     * What the form must name beyond the evaluation's facts: the level applied for when one is (R15: the form asks
     * for a level, not a yes/no), and what the chosen form asks ({@code asked}: a foreign specialist's healthcare
     * organisation, Appendix 5, R17). The result may be called once every field is valid.
     */
    private static Supplier<ApplicationDetails> details(Fields f, FormInput in, Set<Field> asked) {
        if (Boolean.TRUE.equals(in.requestsQualificationLevel()) && in.qualificationLevel() == null) {
            f.reject("qualificationLevel", HttpText.QUALIFICATION_LEVEL_REQUIRED.message());
        }
        HealthcareOrganisation organisation = null;
        if (in.organisation() != null) {
            organisation = DossierMapper.organisation(f, "organisation", in.organisation());
        } else if (asked.contains(Field.ORGANISATION)) {
            f.reject(Field.ORGANISATION.fieldName(), HttpText.ORGANISATION_REQUIRED.message());
        }
        Optional<HealthcareOrganisation> named = Optional.ofNullable(organisation);
        // the level's code is checked with the form's other fields (form.qualificationLevel)
        return () -> new ApplicationDetails(Optional.ofNullable(in.qualificationLevel()).map(QualificationLevel::valueOf),
                named);
    }

    private static Optional<Applicant> applicant(Fields f, ApplicantInput in, Set<Field> asked) {
        Iin iin = null;
        if (in.iin() == null) {
            f.reject("iin", HttpText.REQUIRED.message());
        } else {
            Optional<Message> error = Iin.invalidity(in.iin());
            error.ifPresent(message -> f.reject("iin", message));
            iin = error.isEmpty() ? Iin.parse(in.iin()) : null;
        }
        // each part is checked on its own, so that a violation names its field
        boolean names = namePart(f, "surname", in.surname(), v -> PersonName.of(v, "A"))
                & namePart(f, "givenName", in.givenName(), v -> PersonName.of("A", v))
                & (in.patronymic() == null
                || namePart(f, "patronymic", in.patronymic(), v -> PersonName.of("A", "A", v)));
        // R71: the department of the applicant's region receives the request; the domain's form says who must name it
        Region region = f.code("region", in.region(), Region.class, false);
        if (in.region() == null && asked.contains(Field.REGION)) {
            f.reject(Field.REGION.fieldName(), HttpText.REGION_REQUIRED.message());
        }
        // Appendix 5: the foreign specialist's application gives a postal address and a contact telephone
        if (asked.contains(Field.POSTAL_ADDRESS)) {
            f.text(Field.POSTAL_ADDRESS.fieldName(), in.postalAddress());
        }
        if (asked.contains(Field.PHONE)) {
            f.text(Field.PHONE.fieldName(), in.phone());
        }
        boolean contactValid = f.build("postalAddress", () -> Contact.of(in.postalAddress(), null)).isPresent()
                & f.build("phone", () -> Contact.of(null, in.phone())).isPresent();
        Optional<Contact> contact = contactValid ? Optional.of(Contact.of(in.postalAddress(), in.phone()))
                : Optional.empty();
        if (iin == null || !names || in.region() != null && region == null || contact.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Applicant(iin, PersonName.of(in.surname(), in.givenName(), in.patronymic()),
                Optional.ofNullable(region), contact.get()));
    }

    private static boolean namePart(Fields f, String field, String value, Function<String, PersonName> check) {
        if (value == null) {
            f.reject(field, HttpText.REQUIRED.message());
            return false;
        }
        return f.build(field, () -> check.apply(value)).isPresent();
    }
}
