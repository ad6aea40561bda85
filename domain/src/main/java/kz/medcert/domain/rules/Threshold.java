package kz.medcert.domain.rules;

import java.util.List;
import java.util.Objects;

/**
 * One threshold of the rule set as an embedding system reads it: its name, value, the rules that use it and the
 * reading adopted where the text is ambiguous (inclusive or exclusive).
 */
public record Threshold(String name, String value, List<Rule> rules, String reading) {
    public Threshold {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        rules = List.copyOf(rules);
        Objects.requireNonNull(reading, "reading");
    }
}
