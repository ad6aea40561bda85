package kz.medcert.domain.evaluation;

import java.util.Set;
import kz.medcert.domain.reference.EducationField;
import kz.medcert.domain.rules.RuleSet;

/** Continuous activity since before 2005, which exempts from retraining (R40, R45). */
final class Continuity {
    // R45: the secondary medical education whose holders the exemption covers (synonyms are one code, R46)
    private static final Set<EducationField> R45_EDUCATION = Set.of(EducationField.NURSING,
            EducationField.MEDICAL_CARE, EducationField.MIDWIFERY, EducationField.LABORATORY_DIAGNOSTICS,
            EducationField.FELDSHER_LABORATORY, EducationField.SANITARY_FELDSHER, EducationField.DENTISTRY,
            EducationField.DENTAL_PRACTITIONER);

    private Continuity() {
    }

    /**
     * R40: clinical activity in the applied-for specialty started before 2005-01-01 and continuous up to the
     * application (interpretation of "continuous": the records form one chain with no missing day).
     */
    static boolean r40Applies(Facts facts) {
        return facts.dossier.employment().continuousSince(facts::worksInTarget,
                RuleSet.CONTINUOUS_ACTIVITY_STARTED_BEFORE, facts.applicationDate);
    }

    /** R45: secondary medical education of the listed kinds and medical activity continuous since before 2005. */
    static boolean r45Applies(Facts facts) {
        boolean education = facts.medicalEducation().stream()
                .anyMatch(e -> e.level().isSecondary() && R45_EDUCATION.contains(e.field()));
        return education && facts.dossier.employment().continuousSince(p -> true,
                RuleSet.CONTINUOUS_ACTIVITY_STARTED_BEFORE, facts.applicationDate);
    }
}
