package kz.medcert.adapters.web.applicant;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kz.medcert.adapters.web.Page.FieldProblem;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.EmploymentHistory;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.dossier.PostgraduateType;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.PersonDates;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.RegistryFallback;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.StateRegistry;

/**
 * The amendment of the declared form for registries that stay down (R21, R70; {@code PUT /api/v1/requests/{id}/form}
 * in the API): the applicant declares what each unavailable registry would have supplied, in the rows of the form's
 * sections that registry fills (education and postgraduate training, held certificates, employment, a change of
 * name). The rest of the declared form is kept as it is. Dates are typed as dd.MM.yyyy; each problem is named by its
 * field's id.
 */
public final class FallbackForm {
    static final int EDUCATION_ROWS = 2;
    static final int POSTGRADUATE_ROWS = 3;
    static final int CERTIFICATE_ROWS = 2;
    static final int EMPLOYMENT_ROWS = 3;
    /** The registries whose data the form declares; the others are uploads only (identity) or none (R68). */
    private static final Set<StateRegistry> DECLARABLE = EnumSet.of(StateRegistry.EDUCATION,
            StateRegistry.CERTIFICATES, StateRegistry.EMPLOYMENT, StateRegistry.NAME_CHANGES);

    private final Map<String, String> values;

    FallbackForm(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /**
     * The registries whose data the applicant may declare now: those unavailable while the request still takes an
     * amendment (after the consent, before the submission), as the API would accept it.
     */
    public static Set<StateRegistry> declarable(RequestState state) {
        if (state.status() != RequestStatus.AWAITING_REGISTRIES && state.status() != RequestStatus.AWAITING_DOCUMENTS) {
            return Set.of();
        }
        Set<StateRegistry> registries = EnumSet.noneOf(StateRegistry.class);
        RegistryFallback.unavailable(state).stream().filter(DECLARABLE::contains).forEach(registries::add);
        return registries;
    }

    /** The form filled with what the applicant declared so far. */
    static FallbackForm of(Dossier declared) {
        Map<String, String> v = new LinkedHashMap<>();
        List<EducationRecord> education = declared.education();
        for (int i = 0; i < Math.min(EDUCATION_ROWS, education.size()); i++) {
            v.put("eduLevel" + i, education.get(i).level().name());
            v.put("eduField" + i, education.get(i).field().name());
            v.put("eduDate" + i, PersonDates.format(education.get(i).graduationDate()));
        }
        List<PostgraduateTraining> postgraduate = declared.postgraduate();
        for (int i = 0; i < Math.min(POSTGRADUATE_ROWS, postgraduate.size()); i++) {
            v.put("pgType" + i, postgraduate.get(i).type().name());
            v.put("pgSpecialty" + i, postgraduate.get(i).specialty().value());
            v.put("pgDate" + i, PersonDates.format(postgraduate.get(i).completedOn()));
        }
        List<HeldCertificate> certificates = declared.certificates();
        for (int i = 0; i < Math.min(CERTIFICATE_ROWS, certificates.size()); i++) {
            v.put("certSpecialty" + i, certificates.get(i).specialty().value());
            v.put("certIssued" + i, PersonDates.format(certificates.get(i).issuedOn()));
            v.put("certUntil" + i, certificates.get(i).validUntil().map(PersonDates::format).orElse(""));
        }
        List<EmploymentPeriod> employment = declared.employment().periods();
        for (int i = 0; i < Math.min(EMPLOYMENT_ROWS, employment.size()); i++) {
            v.put("empSpecialty" + i, employment.get(i).specialty().value());
            v.put("empFrom" + i, PersonDates.format(employment.get(i).from()));
            v.put("empTo" + i, employment.get(i).to().map(PersonDates::format).orElse(""));
        }
        v.put("nameChanged", Boolean.toString(declared.nameChangedAfterEducation()));
        return new FallbackForm(v);
    }

    /** The values of the form's fields, read from the request with {@code read}. */
    static FallbackForm read(Function<String, String> read) {
        Map<String, String> v = new LinkedHashMap<>();
        rows(EDUCATION_ROWS, List.of("eduLevel", "eduField", "eduDate"), read, v);
        rows(POSTGRADUATE_ROWS, List.of("pgType", "pgSpecialty", "pgDate"), read, v);
        rows(CERTIFICATE_ROWS, List.of("certSpecialty", "certIssued", "certUntil"), read, v);
        rows(EMPLOYMENT_ROWS, List.of("empSpecialty", "empFrom", "empTo"), read, v);
        v.put("nameChanged", read.apply("nameChanged"));
        return new FallbackForm(v);
    }

    private static void rows(int count, List<String> parts, Function<String, String> read, Map<String, String> v) {
        for (int i = 0; i < count; i++) {
            for (String part : parts) {
                v.put(part + i, read.apply(part + i).strip());
            }
        }
    }

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The amended form, or the problems of the fields. */
    public sealed interface Checked permits Amended, Invalid {
    }

    public record Amended(Dossier form) implements Checked {
    }

    public record Invalid(List<FieldProblem> problems) implements Checked {
    }

    /**
     * The declared form with the sections of {@code registries} replaced by the rows filled in (a row left empty is
     * no row); every problem at once.
     */
    Checked check(Dossier declared, Set<StateRegistry> registries, SpecialtyCatalogue catalogue, Messages t) {
        Rows rows = new Rows(catalogue, t);
        List<EducationRecord> education = declared.education();
        List<PostgraduateTraining> postgraduate = declared.postgraduate();
        if (registries.contains(StateRegistry.EDUCATION)) {
            education = new ArrayList<>();
            for (int i = 0; i < EDUCATION_ROWS; i++) {
                rows.education(i).ifPresent(education::add);
            }
            postgraduate = new ArrayList<>();
            for (int i = 0; i < POSTGRADUATE_ROWS; i++) {
                rows.postgraduate(i).ifPresent(postgraduate::add);
            }
        }
        List<HeldCertificate> certificates = declared.certificates();
        if (registries.contains(StateRegistry.CERTIFICATES)) {
            certificates = new ArrayList<>();
            for (int i = 0; i < CERTIFICATE_ROWS; i++) {
                rows.certificate(i).ifPresent(certificates::add);
            }
        }
        List<EmploymentPeriod> employment = declared.employment().periods();
        if (registries.contains(StateRegistry.EMPLOYMENT)) {
            employment = new ArrayList<>();
            for (int i = 0; i < EMPLOYMENT_ROWS; i++) {
                rows.employment(i).ifPresent(employment::add);
            }
        }
        boolean nameChanged = registries.contains(StateRegistry.NAME_CHANGES)
                ? value("nameChanged").equals("true") : declared.nameChangedAfterEducation();
        if (!rows.problems.isEmpty()) {
            return new Invalid(List.copyOf(rows.problems));
        }
        return new Amended(new Dossier(declared.category(), declared.declaredSpecialty(),
                declared.declaredSpecialization(), declared.requestsQualificationLevel(), declared.applicationDate(),
                declared.submittedAt(), declared.citizenship(), declared.permanentResident(), declared.consentGiven(),
                declared.prohibition(), nameChanged, declared.nameChangeInRegistry(),
                declared.firstJobAfterGraduation(), declared.identityInRegistry(), declared.labourPermit(), education,
                postgraduate, declared.retraining(), declared.certificationCourses(),
                declared.professionalDevelopment(), certificates, new EmploymentHistory(employment),
                declared.assessments(), declared.foreignLanguageDocuments()));
    }

    /** Reads one row at a time, collecting each field's problem. */
    private final class Rows {
        private final SpecialtyCatalogue catalogue;
        private final Messages t;
        private final List<FieldProblem> problems = new ArrayList<>();

        Rows(SpecialtyCatalogue catalogue, Messages t) {
            this.catalogue = catalogue;
            this.t = t;
        }

        Optional<EducationRecord> education(int i) {
            if (empty("eduLevel" + i, "eduField" + i, "eduDate" + i)) {
                return Optional.empty();
            }
            Optional<EducationLevel> level = code("eduLevel", i, EducationLevel.class);
            Optional<EducationField> field = code("eduField", i, EducationField.class);
            Optional<LocalDate> date = date("eduDate", i, true);
            if (level.isEmpty() || field.isEmpty() || date.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(EducationRecord.domestic(level.get(), field.get(), date.get()));
        }

        Optional<PostgraduateTraining> postgraduate(int i) {
            if (empty("pgType" + i, "pgSpecialty" + i, "pgDate" + i)) {
                return Optional.empty();
            }
            Optional<PostgraduateType> type = code("pgType", i, PostgraduateType.class);
            Optional<SpecialtyCode> specialty = specialty("pgSpecialty", i);
            Optional<LocalDate> date = date("pgDate", i, true);
            if (type.isEmpty() || specialty.isEmpty() || date.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new PostgraduateTraining(type.get(), specialty.get(), date.get(), false));
        }

        Optional<HeldCertificate> certificate(int i) {
            if (empty("certSpecialty" + i, "certIssued" + i, "certUntil" + i)) {
                return Optional.empty();
            }
            Optional<SpecialtyCode> specialty = specialty("certSpecialty", i);
            Optional<LocalDate> issued = date("certIssued", i, true);
            Optional<LocalDate> until = date("certUntil", i, false);
            if (specialty.isEmpty() || issued.isEmpty() || (until.isEmpty() && !value("certUntil" + i).isEmpty())) {
                return Optional.empty();
            }
            if (until.isPresent() && !until.get().isAfter(issued.get())) {
                problems.add(new FieldProblem("certUntil" + i, t.t("fallback.error.certUntilOrder", i + 1)));
                return Optional.empty();
            }
            // no end of validity typed: a certificate without a term (the API's "indefinite")
            return Optional.of(until.map(u -> HeldCertificate.valid(specialty.get(), issued.get(), u, false))
                    .orElseGet(() -> HeldCertificate.indefinite(specialty.get(), issued.get(), false)));
        }

        Optional<EmploymentPeriod> employment(int i) {
            if (empty("empSpecialty" + i, "empFrom" + i, "empTo" + i)) {
                return Optional.empty();
            }
            Optional<SpecialtyCode> specialty = specialty("empSpecialty", i);
            Optional<LocalDate> from = date("empFrom", i, true);
            Optional<LocalDate> to = date("empTo", i, false);
            if (specialty.isEmpty() || from.isEmpty() || (to.isEmpty() && !value("empTo" + i).isEmpty())) {
                return Optional.empty();
            }
            if (to.isPresent() && to.get().isBefore(from.get())) {
                problems.add(new FieldProblem("empTo" + i, t.t("fallback.error.empToOrder", i + 1)));
                return Optional.empty();
            }
            return Optional.of(to.map(end -> EmploymentPeriod.ended(specialty.get(), from.get(), end, false))
                    .orElseGet(() -> EmploymentPeriod.current(specialty.get(), from.get(), false)));
        }

        private boolean empty(String... fields) {
            for (String field : fields) {
                if (!value(field).isEmpty()) {
                    return false;
                }
            }
            return true;
        }

        /** The problem of field {@code name} in row {@code row}: its own text, naming the row as the page numbers it. */
        private <T> Optional<T> problem(String name, int row) {
            problems.add(new FieldProblem(name + row, t.t("fallback.error." + name, row + 1)));
            return Optional.empty();
        }

        private <E extends Enum<E>> Optional<E> code(String name, int row, Class<E> type) {
            Optional<E> code = TypedValues.code(value(name + row), type);
            return code.isPresent() ? code : problem(name, row);
        }

        private Optional<SpecialtyCode> specialty(String name, int row) {
            Optional<SpecialtyCode> code = TypedValues.specialty(value(name + row), catalogue);
            return code.isPresent() ? code : problem(name, row);
        }

        private Optional<LocalDate> date(String name, int row, boolean required) {
            String typed = value(name + row);
            if (typed.isEmpty()) {
                return required ? problem(name, row) : Optional.empty();
            }
            Optional<LocalDate> date = TypedValues.date(typed);
            return date.isPresent() ? date : problem(name, row);
        }
    }
}
