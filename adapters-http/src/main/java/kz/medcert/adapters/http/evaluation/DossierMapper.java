package kz.medcert.adapters.http.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import kz.medcert.adapters.http.FieldProblem;
import kz.medcert.adapters.http.Fields;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.dto.EvaluationRequest.EducationInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.LabourPermitInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.OrganisationInput;
import kz.medcert.adapters.http.dto.EvaluationRequest.RecognitionInput;
import kz.medcert.adapters.http.dto.EvaluationRequest;
import kz.medcert.application.port.in.evaluation.EvaluateDossierCommand;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Category;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.DossierBuilder;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.HealthcareOrganisation;
import kz.medcert.domain.dossier.LabourPermit;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.dossier.Recognition;
import kz.medcert.domain.evaluation.ServiceCategoryPolicy;
import kz.medcert.domain.reference.CountryCode;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * Maps an evaluation request to the use case's command, checking every field on the way (400 listing each offending
 * field by JSON path). Defaults of the contract: consent true, prohibition NONE, country KZ, other flags false, lists
 * empty; an absent application date is left to the use case (today in Almaty). The information form of a request
 * for the service is mapped by the same code ({@link #dossierOn}), its paths prefixed with {@code form.}.
 */
public final class DossierMapper {
    private final SpecialtyCatalogue catalogue;

    public DossierMapper(SpecialtyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public EvaluateDossierCommand toCommand(EvaluationRequest r) {
        Fields f = new Fields(catalogue);
        LocalDate applicationDate = f.date("applicationDate", r.applicationDate(), false);
        Function<LocalDate, Dossier> dossierOn = dossierOn(f, r);
        f.throwIfAny();
        requireTheService(r, "");
        return new EvaluateDossierCommand(Optional.ofNullable(applicationDate), dossierOn);
    }

    /**
     * R03: the service follows citizenship; a declared category that contradicts the declared citizenship is a
     * mistake the applicant corrects (422 naming {@code category}), not a dossier to evaluate under the wrong service.
     */
    public static void requireTheService(EvaluationRequest r, String prefix) {
        Category category = Category.valueOf(r.category());
        Optional<CountryCode> citizenship = Optional.ofNullable(r.citizenship()).map(CountryCode::of);
        ServiceCategoryPolicy.mismatchReason(category, citizenship).ifPresent(reason -> {
            throw new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION, HttpText.CATEGORY_DOES_NOT_FIT.message()
                    .with("category", category).with("citizenship", citizenship.orElseThrow().localizedName())
                    .with("reason", reason), List.of(new FieldProblem(prefix + "category", reason)));
        });
    }

    /**
     * Checks every field of the request but the application date, rejecting into {@code f}; the result builds the
     * dossier for a given application date and may only be called once {@code f} holds no violation.
     */
    public Function<LocalDate, Dossier> dossierOn(Fields f, EvaluationRequest r) {
        Category category = f.code("category", r.category(), Category.class, true);
        SpecialtyCode declared = f.specialty("declaredSpecialty", r.declaredSpecialty(), true);
        SpecialtyCode specialization = f.specialty("declaredSpecialization", r.declaredSpecialization(), false);
        OffsetDateTime submittedAt = f.dateTime("submittedAt", r.submittedAt());
        CountryCode citizenship = f.parse("citizenship", r.citizenship(), false, CountryCode::of);
        Prohibition prohibition = f.code("prohibition", r.prohibition(), Prohibition.class, false);
        LabourPermit permit = r.labourPermit() == null ? null : labourPermit(f, "labourPermit", r.labourPermit());
        QualificationLevel level = f.code("qualificationLevel", r.qualificationLevel(), QualificationLevel.class,
                false);

        List<EducationRecord> education = f.each("education", r.education(), this::education);
        HistoryMapper.History history = HistoryMapper.map(f, r);
        List<DocumentCode> foreignLanguage = f.each("foreignLanguageDocuments", r.foreignLanguageDocuments(),
                (fields, path, raw) -> fields.code(path, raw, DocumentCode.class, true));

        return day -> {
            DossierBuilder b = Dossier.builder(category, declared, day)
                    .declaredSpecialization(specialization)
                    // R15: naming the level applied for is applying for one
                    .requestsQualificationLevel(flag(r.requestsQualificationLevel()) || level != null)
                    .submittedAt(submittedAt == null ? null : submittedAt.toInstant())
                    .citizenship(citizenship)
                    .permanentResident(flag(r.permanentResident()))
                    .consentGiven(r.consent() == null || r.consent())
                    .prohibition(prohibition == null ? Prohibition.NONE : prohibition)
                    .nameChangedAfterEducation(flag(r.nameChangedAfterEducation()))
                    .nameChangeInRegistry(flag(r.nameChangeInRegistry()))
                    .firstJobAfterGraduation(flag(r.firstJobAfterGraduation()))
                    .identityInRegistry(flag(r.identityInRegistry()))
                    .labourPermit(permit);
            education.forEach(b::education);
            history.addTo(b);
            foreignLanguage.forEach(b::foreignLanguageDocument);
            return b.build();
        };
    }

    private LabourPermit labourPermit(Fields f, String p, LabourPermitInput in) {
        String number = f.text(p + ".number", in.number());
        LocalDate issuedOn = f.date(p + ".issuedOn", in.issuedOn(), true);
        String employer = f.text(p + ".employer", in.employer());
        if (number == null || issuedOn == null || employer == null) {
            return null;
        }
        return f.build(p, () -> new LabourPermit(number, issuedOn, employer)).orElse(null);
    }

    public static HealthcareOrganisation organisation(Fields f, String p, OrganisationInput in) {
        String name = f.text(p + ".name", in.name());
        String ownership = f.text(p + ".ownership", in.ownership());
        String address = f.text(p + ".address", in.address());
        if (name == null || ownership == null || address == null) {
            return null;
        }
        return f.build(p, () -> new HealthcareOrganisation(name, ownership, address,
                optionalText(in.branches()))).orElse(null);
    }

    private EducationRecord education(Fields f, String p, EducationInput in) {
        EducationLevel level = f.code(p + ".level", in.level(), EducationLevel.class, true);
        EducationField field = f.code(p + ".field", in.field(), EducationField.class, true);
        LocalDate graduated = f.date(p + ".graduationDate", in.graduationDate(), true);
        CountryCode country = in.country() == null ? CountryCode.KAZAKHSTAN
                : f.parse(p + ".country", in.country(), true, CountryCode::of);
        Optional<Recognition> recognition = in.recognition() == null ? Optional.empty()
                : recognition(f, p + ".recognition", in.recognition());
        if (level == null || field == null || graduated == null || country == null
                || in.recognition() != null && recognition.isEmpty()) {
            return null;
        }
        return f.build(p, () -> new EducationRecord(level, field, graduated, country, flag(in.foreignInstitution()),
                flag(in.inRegistry()), optionalText(in.institution()), recognition)).orElse(null);
    }

    private Optional<Recognition> recognition(Fields f, String p, RecognitionInput in) {
        String number = f.text(p + ".number", in.number());
        LocalDate issuedOn = f.date(p + ".issuedOn", in.issuedOn(), true);
        if (number == null || issuedOn == null) {
            return Optional.empty();
        }
        return f.build(p, () -> new Recognition(number, issuedOn, optionalText(in.issuingBody()),
                optionalText(in.orderNumber()), optionalText(in.registrationNumber()), flag(in.inRegistry())));
    }

    public static boolean flag(Boolean value) {
        return value != null && value;
    }

    public static Optional<String> optionalText(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
