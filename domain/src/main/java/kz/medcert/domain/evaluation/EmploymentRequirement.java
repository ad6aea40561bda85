package kz.medcert.domain.evaluation;

import java.util.List;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.rules.Rule;

/** The document confirming labour activity (R31, R40, R45, R52, R67). */
final class EmploymentRequirement {

    private EmploymentRequirement() {
    }

    static void apply(Facts facts, RouteDecision decision, Checklist out) {
        Route route = decision.route();
        if (route.isForeign()) {
            foreign(facts, route, out);
        } else {
            domestic(facts, route, out);
        }
    }

    /**
     * R31, R67: labour activity in the declared specialty is fetched from the employment-contract service; what it
     * does not hold is uploaded — "if any" on first-time, required on confirmation; and required as the evidence of
     * continuity when an exemption from retraining rests on it (R40, R45).
     */
    private static void domestic(Facts facts, Route route, Checklist out) {
        List<EmploymentPeriod> inTarget = facts.dossier.employment().in(facts::worksInTarget);
        // R40, R45: only an exemption this application actually uses makes the labour documents mandatory
        Optional<Rule> exemption = RetrainingRequirements.continuityExemption(facts, route);
        boolean continuityEvidence = exemption.isPresent();
        if (inTarget.isEmpty() && !continuityEvidence) {
            out.notRequired(DocumentCode.EMPLOYMENT_RECORD, Exemptions.NO_ACTIVITY_IN_SPECIALTY, Rule.R31);
            return;
        }
        // R31, R67: what must be evidenced is the activity in the declared specialty; an exemption of R40 or R45
        // rests on continuous work experience in any row of the table, so there every row counts. Rows the service
        // holds are fetched, never uploaded (R21).
        List<EmploymentPeriod> relevant = continuityEvidence ? facts.dossier.employment().periods() : inTarget;
        boolean allFetched = relevant.stream().allMatch(EmploymentPeriod::inRegistry);
        Obligation obligation = route.isConfirmation() || continuityEvidence ? Obligation.MANDATORY : Obligation.IF_ANY;
        Rule[] rules = exemption.map(r -> new Rule[] {Rule.R31, Rule.R67, r})
                .orElseGet(() -> new Rule[] {Rule.R31, Rule.R67});
        out.require(ChecklistItem.of(DocumentCode.EMPLOYMENT_RECORD, obligation,
                allFetched ? Source.REGISTRY : Source.APPLICANT, Satisfaction.SATISFIED,
                Basis.item(route, route.isFirstTime() ? 9 : 5), rules));
    }

    /** R52: a foreign specialist proves labour activity on first-time unless this is the first job after graduation. */
    private static void foreign(Facts facts, Route route, Checklist out) {
        if (route == Route.FOREIGN_CONFIRMATION) {
            out.notRequired(DocumentCode.EMPLOYMENT_RECORD, Exemptions.NOT_ON_FOREIGN_CONFIRMATION_LIST, Rule.R52,
                    Rule.R56);
            return;
        }
        if (facts.dossier.firstJobAfterGraduation()) {
            out.notRequired(DocumentCode.EMPLOYMENT_RECORD, Exemptions.FIRST_JOB, Rule.R52);
            return;
        }
        // R85: a job that starts after the application date (often the one applied for) is no labour activity yet
        boolean stated = !facts.dossier.employment().periods().isEmpty();
        out.require(ChecklistItem.of(DocumentCode.EMPLOYMENT_RECORD, Obligation.MANDATORY, Source.APPLICANT,
                        Satisfaction.of(stated), Basis.item(route, 6), Rule.R52),
                () -> Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET, Texts.missing(DocumentCode.EMPLOYMENT_RECORD),
                        Rule.R52));
    }
}
