package kz.medcert.domain.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.StudyVolume;
import kz.medcert.domain.rules.Rule;
import kz.medcert.domain.rules.RuleSet;

/** Professional development volumes by route (R26–R28, R32, R41–R43, R51, R57). */
final class ProfessionalDevelopmentRequirements {

    private ProfessionalDevelopmentRequirements() {
    }

    static void apply(Facts facts, RouteDecision decision, Checklist out) {
        Route route = decision.route();
        Optional<TvetPath> tvet = TvetPath.of(facts, route).filter(TvetPath::needsProfessionalDevelopment);
        Optional<BigDecimal> credits = Optional.empty();
        List<Rule> rules = new ArrayList<>();
        if (route.isFirstTime()) {
            Rule volumeRule = route.isForeign() ? Rule.R51 : Rule.R26;
            if (decision.has(Flag.NEW_SPECIALTY)) {
                // R28 (R51 by analogy): a new specialty needs no PD, except where 8-D requires it (R41–R43)
                out.notRequired(DocumentCode.PROFESSIONAL_DEVELOPMENT, Exemptions.NEW_SPECIALTY, Rule.R28);
            } else if (recentGraduateNeverCertified(facts)) {
                // R27 reading A (R51 by analogy): never certified, and graduated at most 3 years ago
                out.notRequired(DocumentCode.PROFESSIONAL_DEVELOPMENT, Exemptions.RECENT_GRADUATE, Rule.R27);
            } else if (decision.has(Flag.LONG_BREAK)) {
                credits = Optional.of(RuleSet.PD_FIRST_TIME_CREDITS); // R26, R51: 8 credits (240 h)
                rules.add(volumeRule);
            } else {
                out.notRequired(DocumentCode.PROFESSIONAL_DEVELOPMENT, Exemptions.NO_LONG_BREAK,
                        volumeRule);
            }
        } else {
            Rule volumeRule = route.isForeign() ? Rule.R57 : Rule.R32;
            rules.add(volumeRule);
            if (decision.has(Flag.LONG_BREAK)) {
                credits = Optional.of(RuleSet.PD_FIRST_TIME_CREDITS); // R32 → R26, R57 reading 2: 8 credits
                if (!route.isForeign()) {
                    rules.add(Rule.R26);
                }
            } else {
                credits = Optional.of(RuleSet.PD_CONFIRMATION_CREDITS); // R32, R57 reading 3: 4 credits (120 h)
            }
        }
        tvet.ifPresent(path -> rules.add(path.rule())); // R41–R43: at least one PD within the last 5 years
        if (rules.isEmpty()) {
            return;
        }
        require(facts, route, credits, rules, out);
    }

    private static void require(Facts facts, Route route, Optional<BigDecimal> credits, List<Rule> rules,
                                Checklist out) {
        DateWindow window = facts.pdWindow();
        StudyVolume found = facts.pdVolumeInTargetWithinWindow();
        boolean anyInWindow = facts.pdInTargetWithinWindow().findAny().isPresent();
        boolean met = credits.map(found::isAtLeastCredits).orElse(true) && anyInWindow;
        ChecklistItem item = new ChecklistItem(DocumentCode.PROFESSIONAL_DEVELOPMENT, Obligation.MANDATORY,
                Source.APPLICANT, Satisfaction.of(met), rules, basis(route), Optional.empty(), Optional.empty(),
                credits, Optional.of(window));
        out.require(item, () -> Finding.of(Ground.GROUND_2_REQUIREMENTS_NOT_MET,
                credits.map(c -> Texts.professionalDevelopmentShort(facts.targetName(), c, found.credits(), window))
                        .orElseGet(() -> Texts.noProfessionalDevelopment(facts.targetName(), window)),
                rules.toArray(Rule[]::new)));
    }

    /**
     * R27 reading A: never held any certificate and at most 3 years since graduation ("graduation" is the latest
     * completion of medical education, residency included).
     */
    static boolean recentGraduateNeverCertified(Facts facts) {
        if (!facts.certificatesHeldOnApplicationDate().isEmpty()) {
            return false;
        }
        Optional<LocalDate> graduated = facts.latestMedicalCompletion();
        return graduated.map(g -> !facts.applicationDate.isAfter(g.plus(RuleSet.RECENT_GRADUATE_LIMIT)))
                .orElse(false);
    }

    private static String basis(Route route) {
        if (route == Route.FOREIGN_FIRST_TIME) {
            return Basis.item(route, 5);
        }
        return Basis.item(route, route.isFirstTime() ? 6 : 3);
    }
}
