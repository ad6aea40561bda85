package kz.medcert.adapters.http;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import kz.medcert.adapters.http.dto.StartRequestRequest;
import kz.medcert.adapters.http.dto.StartRequestRequest.ApplicantInput;
import kz.medcert.adapters.http.dto.StartRequestRequest.FormInput;
import kz.medcert.application.port.in.AmendFormUseCase.AmendFormCommand;
import kz.medcert.application.port.in.StartRequestUseCase.StartRequestCommand;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.person.Contact;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.Explained;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.ApplicationDetails;

/**
 * Maps the start of a request to the use case's command, checking every field at once (400 listing each by JSON path:
 * {@code applicant.iin}, {@code form.education[0].graduationDate}). The form's application date is the day it is
 * started; the use case settles it again at submission (R11).
 */
final class StartRequestMapper {
    private final SpecialtyCatalogue catalogue;
    private final DossierMapper dossiers;

    StartRequestMapper(SpecialtyCatalogue catalogue) {
        this.catalogue = catalogue;
        this.dossiers = new DossierMapper(catalogue);
    }

    /** The command; {@code language} is the one the applicant asked the service in, if any (their notifications'). */
    StartRequestCommand toCommand(StartRequestRequest r, LocalDate today, Optional<Language> language) {
        Fields f = new Fields(catalogue);
        boolean domestic = r.form() != null && Category.DOMESTIC.name().equals(r.form().category());
        boolean foreign = r.form() != null && Category.FOREIGN.name().equals(r.form().category());
        Optional<Applicant> applicant = f.has("applicant", r.applicant())
                ? applicant(f.scoped("applicant."), r.applicant(), domestic, foreign) : Optional.empty();
        Function<LocalDate, Dossier> form = f.has("form", r.form())
                ? dossiers.dossierOn(f.scoped("form."), r.form().asEvaluationRequest()) : null;
        Supplier<ApplicationDetails> details = r.form() == null ? null
                : details(f.scoped("form."), r.form(), foreign);
        f.throwIfAny();
        DossierMapper.requireTheService(r.form().asEvaluationRequest(), "form.");
        try {
            return new StartRequestCommand(applicant.orElseThrow(), form.apply(today),
                    details.get().inLanguage(language));
        } catch (IllegalArgumentException e) {
            // every field was checked; a form the domain still refuses as a whole is bad input
            throw ProblemException.invalidField("form", Explained.explanationOf(e));
        }
    }

    /**
     * Maps an amended form, sent alone as the body ({@code PUT /api/v1/requests/{id}/form}), checking every field at
     * once as {@link #toCommand} does; the paths name the form's own fields ({@code education[0].graduationDate}).
     */
    AmendFormCommand toAmendment(FormInput in, LocalDate today) {
        if (in == null) {
            throw ProblemException.invalidField("form", HttpText.FORM_AMENDMENT_REQUIRED.message());
        }
        Fields f = new Fields(catalogue);
        boolean foreign = Category.FOREIGN.name().equals(in.category());
        Function<LocalDate, Dossier> form = dossiers.dossierOn(f, in.asEvaluationRequest());
        Supplier<ApplicationDetails> details = details(f, in, foreign);
        f.throwIfAny();
        DossierMapper.requireTheService(in.asEvaluationRequest(), "");
        try {
            return new AmendFormCommand(form.apply(today), details.get());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("form", Explained.explanationOf(e));
        }
    }

    /**
     * What the form must name beyond the evaluation's facts: the level applied for when one is (R15: the form asks
     * for a level, not a yes/no), and for a foreign specialist the healthcare organisation (Appendix 5, R17).
     */
    /** Checks what the form asks beyond the dossier; the result may be called once every field is valid. */
    private static Supplier<ApplicationDetails> details(Fields f, FormInput in, boolean foreign) {
        if (Boolean.TRUE.equals(in.requestsQualificationLevel()) && in.qualificationLevel() == null) {
            f.reject("qualificationLevel", HttpText.QUALIFICATION_LEVEL_REQUIRED.message());
        }
        HealthcareOrganisation organisation = null;
        if (in.organisation() != null) {
            organisation = DossierMapper.organisation(f, "organisation", in.organisation());
        } else if (foreign) {
            f.reject("organisation", HttpText.ORGANISATION_REQUIRED.message());
        }
        Optional<HealthcareOrganisation> named = Optional.ofNullable(organisation);
        // the level's code is checked with the form's other fields (form.qualificationLevel)
        return () -> new ApplicationDetails(Optional.ofNullable(in.qualificationLevel()).map(QualificationLevel::valueOf),
                named);
    }

    private static Optional<Applicant> applicant(Fields f, ApplicantInput in, boolean domestic, boolean foreign) {
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
        // R71: the department of the applicant's region receives the request
        Region region = f.code("region", in.region(), Region.class, false);
        if (in.region() == null && domestic) {
            f.reject("region", HttpText.REGION_REQUIRED.message());
        }
        // Appendix 5: the foreign specialist's application gives a postal address and a contact telephone
        if (foreign) {
            f.text("postalAddress", in.postalAddress());
            f.text("phone", in.phone());
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
