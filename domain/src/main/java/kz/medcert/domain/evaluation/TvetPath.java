package kz.medcert.domain.evaluation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;

/**
 * How a domestic first-time applicant qualifies for a TVET specialty (A2 8-D): on a diploma in it, or on an older
 * diploma of the listed kinds (R41–R44), or not at all (R46).
 *
 * @param rule       the 8-D rule of the declared specialty
 * @param crossBase  the pre-cut-off base diploma used, when the applicant has no current diploma in the specialty
 */
record TvetPath(EducationField target, Rule rule, LocalDate cutOff, Optional<EducationRecord> crossBase) {

    private static final Set<EducationField> HIGHER_SET = EnumSet.of(EducationField.MEDICAL_CARE,
            EducationField.PEDIATRICS, EducationField.ORIENTAL_MEDICINE, EducationField.GENERAL_MEDICINE);
    private static final Set<EducationField> BACHELOR_SET = EnumSet.of(EducationField.GENERAL_MEDICINE,
            EducationField.NURSING);
    private static final Map<EducationField, Set<EducationField>> SECONDARY_BASES = Map.of(
            EducationField.NURSING, EnumSet.of(EducationField.NURSING, EducationField.MEDICAL_CARE,
                    EducationField.MIDWIFERY), // R41
            EducationField.MEDICAL_CARE, EnumSet.of(EducationField.MEDICAL_CARE, EducationField.MIDWIFERY), // R42
            EducationField.MIDWIFERY, EnumSet.of(EducationField.MIDWIFERY, EducationField.MEDICAL_CARE,
                    EducationField.NURSING), // R43
            EducationField.LABORATORY_DIAGNOSTICS, EnumSet.of(EducationField.LABORATORY_DIAGNOSTICS,
                    EducationField.MIDWIFERY, EducationField.MEDICAL_CARE, EducationField.NURSING)); // R44
    private static final Map<EducationField, Rule> RULES = Map.of(EducationField.NURSING, Rule.R41,
            EducationField.MEDICAL_CARE, Rule.R42, EducationField.MIDWIFERY, Rule.R43,
            EducationField.LABORATORY_DIAGNOSTICS, Rule.R44);

    /** The 8-D situation of a domestic first-time application in a TVET specialty of 8-D, if that is the case. */
    static Optional<TvetPath> of(Facts facts, Route route) {
        return route == Route.FIRST_TIME ? ofSpecialty(facts) : Optional.empty();
    }

    /**
     * The 8-D situation of the declared TVET specialty whatever the route (the confirmation route asks only for the
     * R42/R43 retraining of it), if the specialty is one of 8-D.
     */
    static Optional<TvetPath> ofSpecialty(Facts facts) {
        Optional<EducationField> field = EducationField.fromCode(facts.target.value()).filter(RULES::containsKey);
        if (field.isEmpty() || facts.targetIsForPhysicians()) {
            return Optional.empty();
        }
        EducationField target = field.get();
        LocalDate cutOff = target == EducationField.LABORATORY_DIAGNOSTICS
                ? RuleSet.LABORATORY_CROSS_QUALIFICATION_BEFORE : RuleSet.TVET_CROSS_QUALIFICATION_BEFORE;
        boolean currentOwnDiploma = facts.medicalEducation().stream()
                .anyMatch(e -> EligibilityChecks.ownTvetDiploma(e, facts) && !e.graduationDate().isBefore(cutOff));
        Optional<EducationRecord> base = currentOwnDiploma ? Optional.empty()
                : facts.medicalEducation().stream()
                        .filter(e -> e.graduationDate().isBefore(cutOff)) // R41–R44: strictly before the cut-off
                        .filter(e -> qualifiesAsBase(target, e))
                        .min(Comparator.comparing((EducationRecord e) -> e.field() == target ? 0 : 1));
        return Optional.of(new TvetPath(target, RULES.get(target), cutOff, base));
    }

    private static boolean qualifiesAsBase(EducationField target, EducationRecord e) {
        if (e.level().isSecondary()) {
            return SECONDARY_BASES.get(target).contains(e.field());
        }
        return (e.level() == EducationLevel.HIGHER && HIGHER_SET.contains(e.field()))
                || (e.level() == EducationLevel.BACHELOR && BACHELOR_SET.contains(e.field()));
    }

    /** R41–R44 apply: the applicant qualifies on a diploma from before the cut-off. */
    boolean crossQualifies() {
        return crossBase.isPresent();
    }

    /** R46: neither a current diploma in the specialty nor a base diploma from before the cut-off. */
    boolean closed(Facts facts) {
        boolean currentOwnDiploma = facts.medicalEducation().stream()
                .anyMatch(e -> EligibilityChecks.ownTvetDiploma(e, facts) && !e.graduationDate().isBefore(cutOff));
        return !currentOwnDiploma && crossBase.isEmpty();
    }

    /** R42, R43 interpretation: retraining matters only when the base diploma is in another specialty. */
    boolean needsRetraining() {
        return (rule == Rule.R42 || rule == Rule.R43)
                && crossBase.map(b -> b.field() != target).orElse(false);
    }

    /** R41–R43: PD in the specialty within the last 5 years; R44 makes PD one alternative among three. */
    boolean needsProfessionalDevelopment() {
        return crossQualifies() && rule != Rule.R44;
    }
}
