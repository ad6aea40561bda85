package kz.medcert.domain.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.rules.Rule;

/** Checks that are not documents: the declared specialty (R02), the education level (R46), reliable dates (R85). */
final class EligibilityChecks {

    private EligibilityChecks() {
    }

    static void apply(Facts facts, SpecialtyCatalogue catalogue, RouteDecision decision, Checklist out) {
        declaredSpecialty(facts, catalogue, out);
        if (decision.route().isFirstTime()) {
            educationLevel(facts, out);
        }
        datesNotAfterApplication(facts.dossier, out);
    }

    // R02: the declared specialty (and specialization) must be in the List
    private static void declaredSpecialty(Facts facts, SpecialtyCatalogue catalogue, Checklist out) {
        Dossier d = facts.dossier;
        Optional<Specialty> specialty = catalogue.find(d.declaredSpecialty());
        if (specialty.isEmpty()) {
            out.fail(Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.notInList(d.declaredSpecialty()),
                    Rule.R02));
            return;
        }
        d.declaredSpecialization().ifPresent(code -> {
            Optional<Specialty> specialization = catalogue.find(code);
            if (specialization.isEmpty()) {
                out.fail(Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.notInList(code), Rule.R02));
            } else if (!specialization.get().parent().map(d.declaredSpecialty()::equals).orElse(false)) {
                out.fail(Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                        Texts.specializationOutsideSpecialty(code, d.declaredSpecialty()), Rule.R02));
            }
        });
    }

    /**
     * R46 (with R02: specialty codes carry their education level): a physician's specialty needs a physician's
     * degree; a TVET specialty needs a diploma in it, unless a cross-qualification of R41–R44 applies (those rules
     * report their own findings). Only judged when education is stated; no education at all fails the diploma.
     */
    private static void educationLevel(Facts facts, Checklist out) {
        List<EducationRecord> education = facts.medicalEducation();
        if (education.isEmpty() || facts.targetSpecialty.isEmpty()) {
            return;
        }
        if (facts.targetIsForPhysicians() && education.stream().noneMatch(EducationRequirements::trainsPhysician)) {
            out.fail(Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.levelMismatch(facts.target), Rule.R46));
        }
    }

    /** Whether an education record is a diploma in the TVET specialty itself (R46 synonyms are one code). */
    static boolean ownTvetDiploma(EducationRecord record, Facts facts) {
        Optional<EducationField> field = EducationField.fromCode(facts.target.value());
        boolean ownLevel = record.level().isSecondary()
                || (record.level() == EducationLevel.BACHELOR && record.field() == EducationField.NURSING);
        return field.map(f -> f == record.field()).orElse(false) && ownLevel;
    }

    // R85: facts dated after the application date cannot be true on it (ground 1, unreliable data)
    private static void datesNotAfterApplication(Dossier d, Checklist out) {
        LocalDate ad = d.applicationDate();
        List<String> future = new ArrayList<>();
        d.education().stream().filter(e -> e.graduationDate().isAfter(ad))
                .forEach(e -> future.add("education " + e.graduationDate()));
        d.education().stream().flatMap(e -> e.recognition().stream()).filter(r -> r.issuedOn().isAfter(ad))
                .forEach(r -> future.add("recognition " + r.issuedOn()));
        d.postgraduate().stream().filter(p -> p.completedOn().isAfter(ad))
                .forEach(p -> future.add(p.type().name().toLowerCase() + " " + p.completedOn()));
        d.retraining().stream().filter(r -> r.completedOn().isAfter(ad))
                .forEach(r -> future.add("retraining " + r.completedOn()));
        d.certificationCourses().stream().filter(c -> c.completedOn().isAfter(ad))
                .forEach(c -> future.add("certification course " + c.completedOn()));
        d.professionalDevelopment().stream().filter(p -> p.completedOn().isAfter(ad))
                .forEach(p -> future.add("professional development " + p.completedOn()));
        d.certificates().stream().filter(c -> c.issuedOn().isAfter(ad))
                .forEach(c -> future.add("certificate issued " + c.issuedOn()));
        d.employment().periods().stream().filter(p -> p.from().isAfter(ad))
                .forEach(p -> future.add("employment from " + p.from()));
        d.assessments().stream().filter(a -> a.date().isAfter(ad))
                .forEach(a -> future.add("assessment " + a.date()));
        if (!future.isEmpty()) {
            out.fail(Finding.of(Ground.GROUND_1_UNRELIABLE_DATA,
                    Texts.datedAfterApplication(String.join(", ", future)), Rule.R85));
        }
    }
}
