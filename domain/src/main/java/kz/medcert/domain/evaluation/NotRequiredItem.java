package kz.medcert.domain.evaluation;

import java.util.List;
import java.util.Objects;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.rules.Rule;

/** A document the application does not need, with the rules that exempt it and why. */
public record NotRequiredItem(DocumentCode document, List<Rule> rules, String reason) {
    public NotRequiredItem {
        Objects.requireNonNull(document, "document");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("an exemption cites a rule: " + document);
        }
        Objects.requireNonNull(reason, "reason");
    }
}
