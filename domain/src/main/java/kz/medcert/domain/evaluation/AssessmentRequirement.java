package kz.medcert.domain.evaluation;

import java.util.ArrayList;
import java.util.List;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.rules.Rule;

/**
 * The result of the assessment of professional preparedness (R15, R30, R35, R55, R57, R59, R66): always fetched,
 * never uploaded.
 */
final class AssessmentRequirement {

    private AssessmentRequirement() {
    }

    static void apply(Facts facts, RouteDecision decision, Checklist out) {
        Route route = decision.route();
        List<Rule> rules = new ArrayList<>();
        if (route.isFirstTime()) {
            rules.add(route.isForeign() ? Rule.R55 : Rule.R30); // first-time, new specialty, lapse > 3 years
        } else if (decision.has(Flag.LONG_BREAK)) {
            // R30 (contrapositive of the closing paragraph of 8-B); for a foreign specialist R57, which requires
            // "8 credits plus the assessment (as in R30)" with a long break (R59 is the exemption, not the requirement)
            rules.add(route.isForeign() ? Rule.R57 : Rule.R30);
        }
        if (facts.dossier.requestsQualificationLevel()) {
            rules.add(Rule.R15); // award or confirmation of a qualification level
        }
        if (rules.isEmpty()) {
            // R35, R59: confirmation without a long break and without a qualification level request
            out.notRequired(DocumentCode.ASSESSMENT_RESULT, Exemptions.CONFIRMATION_WITHOUT_LONG_BREAK,
                    route.isForeign() ? Rule.R59 : Rule.R35);
            return;
        }
        List<AssessmentResult> inTarget = facts.dossier.assessments().stream()
                .filter(a -> facts.countsTowardsTarget(a.specialty()))
                .filter(a -> !a.date().isAfter(facts.applicationDate))
                .toList();
        boolean passed = inTarget.stream().anyMatch(AssessmentResult::passed);
        List<Rule> cited = new ArrayList<>(rules);
        cited.add(Rule.R66);
        ChecklistItem item = new ChecklistItem(DocumentCode.ASSESSMENT_RESULT, Obligation.MANDATORY,
                Source.REGISTRY, Satisfaction.of(passed), cited, basis(route), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
        out.require(item, () -> Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                Texts.assessmentMissing(facts.targetName(), !inTarget.isEmpty()), rules.toArray(Rule[]::new)));
    }

    private static String basis(Route route) {
        if (route.isFirstTime()) {
            return Basis.item(route, route.isForeign() ? 9 : 8);
        }
        return Basis.appendix(route) + ", " + Basis.CONFIRMATION_CLOSING;
    }
}
