package kz.medcert.domain.evaluation;

import java.util.List;
import java.util.Objects;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/** Something the officer should look at by hand; it does not change the outcome (R74: partially automated). */
public record ReviewNote(String code, List<Rule> rules, LocalizedText text) {
    public ReviewNote {
        Objects.requireNonNull(code, "code");
        rules = List.copyOf(rules);
        Objects.requireNonNull(text, "text");
    }
}
