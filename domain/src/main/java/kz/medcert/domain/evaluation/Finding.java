package kz.medcert.domain.evaluation;

import java.util.List;
import java.util.Objects;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/** One failed requirement: the refusal ground it falls under, the rules that failed and why, in kk/ru/en. */
public record Finding(Ground ground, List<Rule> rules, LocalizedText explanation) {
    public Finding {
        Objects.requireNonNull(ground, "ground");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a finding cites the rule that failed");
        }
        Objects.requireNonNull(explanation, "explanation");
    }

    public static Finding of(Ground ground, LocalizedText explanation, Rule... rules) {
        return new Finding(ground, List.of(rules), explanation);
    }
}
