package kz.medcert.domain.evaluation;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/** What the rules conclude: eligible, or a reasoned refusal listing every ground and every failed rule (R91). */
public sealed interface Outcome {

    <R> R fold(Function<Eligible, R> ifEligible, Function<Refusal, R> ifRefusal);

    /** The reasoned text of the decision (R91), in kk/ru/en. */
    LocalizedText motivation();

    /**
     * Every motivation an eligible outcome can carry (one per route), as the instances the rules hand out: what an
     * adapter may prepare once, e.g. encoded for its answers.
     */
    static List<LocalizedText> eligibleMotivations() {
        return OutcomePolicy.eligibleMotivations();
    }

    default boolean isEligible() {
        return this instanceof Eligible;
    }

    /** Every requirement the rules can check is met; the officer decides (R74). */
    record Eligible(LocalizedText motivation) implements Outcome {
        public Eligible {
            Objects.requireNonNull(motivation, "motivation");
        }

        @Override
        public <R> R fold(Function<Eligible, R> ifEligible, Function<Refusal, R> ifRefusal) {
            return ifEligible.apply(this);
        }
    }

    /** A refusal with all grounds, all failed rules and the findings they come from (R85–R91). */
    record Refusal(List<Ground> grounds, List<Rule> failedRules, List<Finding> findings, LocalizedText motivation)
            implements Outcome {
        public Refusal {
            grounds = List.copyOf(grounds);
            failedRules = List.copyOf(failedRules);
            findings = List.copyOf(findings);
            Objects.requireNonNull(motivation, "motivation");
            if (grounds.isEmpty() || failedRules.isEmpty() || findings.isEmpty()) {
                throw new IllegalArgumentException("a refusal carries at least one ground, rule and finding");
            }
        }

        /** A refusal built from findings: grounds and rules are collected once each, in catalogue order. */
        public static Refusal of(List<Finding> findings, LocalizedText motivation) {
            List<Ground> grounds = findings.stream().map(Finding::ground).distinct().sorted().toList();
            List<Rule> rules = findings.stream().flatMap(f -> f.rules().stream()).distinct()
                    .sorted(Comparator.naturalOrder()).toList();
            return new Refusal(grounds, rules, findings, motivation);
        }

        @Override
        public <R> R fold(Function<Eligible, R> ifEligible, Function<Refusal, R> ifRefusal) {
            return ifRefusal.apply(this);
        }
    }
}
