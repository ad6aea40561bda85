package kz.medcert.domain.evaluation;

import java.util.List;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.reference.EducationLevel;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;

/** Diplomas and the recognition of education obtained abroad (R16, R21, R23, R25, R36, R48, R49, R62, R63). */
final class EducationRequirements {

    private EducationRequirements() {
    }

    static void apply(Facts facts, RouteDecision decision, Checklist out) {
        diplomas(facts, decision.route(), out);
        recognition(facts, decision.route(), out);
    }

    private static void diplomas(Facts facts, Route route, Checklist out) {
        if (route.isConfirmation()) {
            // R23 (8-B lists no diploma), R56 (nor does A6 8-B)
            out.notRequired(DocumentCode.DIPLOMA, Exemptions.NO_DIPLOMA_ON_CONFIRMATION,
                    route.isForeign() ? Rule.R56 : Rule.R23);
            return;
        }
        Rule uploadRule = route.isForeign() ? Rule.R49 : Rule.R23;
        List<EducationRecord> education = facts.medicalEducation();
        if (education.isEmpty()) {
            ChecklistItem item = ChecklistItem.of(DocumentCode.DIPLOMA, Obligation.MANDATORY, Source.APPLICANT,
                    Satisfaction.NOT_SATISFIED, Basis.item(route, route.isForeign() ? 4 : 3), uploadRule);
            out.require(item, () -> Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                    Texts.missing(DocumentCode.DIPLOMA), uploadRule));
            return;
        }
        for (EducationRecord record : education) {
            if (route.isForeign() && record.obtainedAbroad()) {
                continue; // A6 8-A(3): a foreign diploma comes with its recognition (R48), not as item (4)
            }
            out.require(diploma(record, route, uploadRule));
        }
        // listed as exempt only when no diploma item was required above (Checklist filters it otherwise)
        out.notRequired(DocumentCode.DIPLOMA, Exemptions.EDUCATION_ABROAD,
                Rule.R49, Rule.R48);
    }

    private static ChecklistItem diploma(EducationRecord record, Route route, Rule uploadRule) {
        int year = record.graduationYear();
        Rule fetchRule = record.level().isSecondary() ? Rule.R63 : Rule.R62;
        int uploadBefore = route.isForeign() ? RuleSet.FOREIGN_DIPLOMA_UPLOAD_BEFORE_YEAR
                : RuleSet.DIPLOMA_UPLOAD_BEFORE_YEAR;
        boolean fetchable = year > RuleSet.EDUCATION_FETCH_AFTER_YEAR; // R62, R63: graduates after 2012
        Rule[] rules;
        if (record.inRegistry()) {
            rules = new Rule[] {uploadRule, fetchRule, Rule.R21}; // R21: fetched, so never asked of the applicant
        } else if (year < uploadBefore && fetchable) {
            // R49: a foreign specialist's Kazakhstani diploma of 2013–2014 is covered by both clauses: the
            // registry is asked first and, as it had nothing, the upload of R49 itself is due
            rules = new Rule[] {uploadRule, fetchRule, Rule.R21};
        } else if (year < uploadBefore) {
            // R23: before 2012, wherever obtained (R49: a foreign specialist's Kazakhstani diploma before 2013);
            // no registry fetch exists for these years (R62, R63)
            rules = new Rule[] {uploadRule};
        } else {
            // R21, R70: after 2012 (and the 2012 gap) the registry is asked first; it had nothing, so upload
            rules = new Rule[] {uploadRule, fetchRule, Rule.R21, Rule.R70};
        }
        return ChecklistItem.of(DocumentCode.DIPLOMA, Obligation.MANDATORY,
                        record.inRegistry() ? Source.REGISTRY : Source.APPLICANT, Satisfaction.SATISFIED,
                        Basis.item(route, route.isForeign() ? 4 : 3), rules)
                .about(ChecklistSubjects.educationKey(record), ChecklistSubjects.education(record));
    }

    private static void recognition(Facts facts, Route route, Checklist out) {
        Rule rule = route.isForeign() ? Rule.R48 : route.isFirstTime() ? Rule.R25 : Rule.R36;
        List<EducationRecord> abroad = facts.medicalEducation().stream()
                .filter(EducationRecord::obtainedAbroad).toList();
        if (abroad.isEmpty()) {
            out.notRequired(DocumentCode.RECOGNITION, Exemptions.NO_EDUCATION_ABROAD, rule);
            return;
        }
        if (route == Route.FOREIGN_CONFIRMATION) {
            // R48, R56 interpretation: checked at the first issue; A6 8-B does not list it
            out.notRequired(DocumentCode.RECOGNITION, Exemptions.NOT_ON_FOREIGN_CONFIRMATION_LIST, Rule.R48, Rule.R56);
            return;
        }
        for (EducationRecord record : abroad) {
            boolean recognised = record.recognition().isPresent();
            boolean fetched = record.recognition().map(r -> r.inRegistry()).orElse(false);
            ChecklistItem item = ChecklistItem.of(DocumentCode.RECOGNITION, Obligation.MANDATORY,
                            fetched ? Source.REGISTRY : Source.APPLICANT, Satisfaction.of(recognised),
                            Basis.item(route, route.isForeign() ? 3 : route.isFirstTime() ? 5 : 8),
                            route.isForeign() ? new Rule[] {rule} : new Rule[] {rule, Rule.R16})
                    .about(ChecklistSubjects.educationKey(record), ChecklistSubjects.education(record));
            out.require(item, () -> Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                    Texts.missing(DocumentCode.RECOGNITION), rule));
        }
    }

    /** A degree that trains physicians: higher or postgraduate, or a bachelor of general medicine. */
    static boolean trainsPhysician(EducationRecord record) {
        if (!record.field().trainsPhysicians()) {
            return false;
        }
        return record.level().isHigherOrPostgraduate() || record.level() == EducationLevel.BACHELOR;
    }
}
