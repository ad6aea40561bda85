package kz.medcert.domain.evaluation;

import java.util.List;
import java.util.Optional;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.rules.Rule;

/** Checks that are not documents: the declared specialty (R02), the education level (R46), later-dated facts (R85). */
final class EligibilityChecks {

    private EligibilityChecks() {
    }

    static void apply(Facts facts, SpecialtyCatalogue catalogue, RouteDecision decision, Checklist out) {
        declaredSpecialty(facts, catalogue, out);
        if (decision.route().isFirstTime()) {
            educationLevel(facts, out);
        }
        datedAfterApplication(facts, out);
    }

    // R02: the declared specialty (and specialization) must be in the List
    private static void declaredSpecialty(Facts facts, SpecialtyCatalogue catalogue, Checklist out) {
        Dossier d = facts.dossier;
        Optional<Specialty> specialty = catalogue.find(d.declaredSpecialty());
        if (specialty.isEmpty()) {
            out.fail(Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                    Texts.notInList(facts.name(d.declaredSpecialty())), Rule.R02));
            return;
        }
        d.declaredSpecialization().ifPresent(code -> {
            Optional<Specialty> specialization = catalogue.find(code);
            if (specialization.isEmpty()) {
                out.fail(Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.notInList(facts.name(code)), Rule.R02));
            } else if (!specialization.get().parent().map(d.declaredSpecialty()::equals).orElse(false)) {
                out.fail(Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                        Texts.specializationOutsideSpecialty(facts.name(code),
                                facts.name(d.declaredSpecialty())), Rule.R02));
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
            out.fail(Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.levelMismatch(facts.targetName()),
                    Rule.R46));
        }
    }

    /** Whether an education record is a diploma in the TVET specialty itself (R46 synonyms are one code). */
    static boolean ownTvetDiploma(EducationRecord record, Facts facts) {
        Optional<EducationField> field = EducationField.fromCode(facts.target.value());
        boolean ownLevel = record.level().isSecondary()
                || (record.level() == EducationLevel.BACHELOR && record.field() == EducationField.NURSING);
        return field.map(f -> f == record.field()).orElse(false) && ownLevel;
    }

    /**
     * R85: ground 1 needs the unreliability of a submitted document to be *established*, which is the officer's
     * finding; a date after the application date only makes the fact not count (Facts left it out) and asks the
     * officer to look. Registry data and a future employment start are never unreliable data of the applicant.
     */
    private static void datedAfterApplication(Facts facts, Checklist out) {
        if (!facts.leftOut.isEmpty()) {
            out.note("DATED_AFTER_APPLICATION", Texts.datedAfterApplication(LocalizedText.join(", ", facts.leftOut)),
                    Rule.R85);
        }
    }
}
