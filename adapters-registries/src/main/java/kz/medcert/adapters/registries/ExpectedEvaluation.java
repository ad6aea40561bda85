package kz.medcert.adapters.registries;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import kz.medcert.domain.evaluation.Flag;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.rules.Rule;

/**
 * The evaluation a demo scenario should get: route, flags, and either eligibility (no grounds) or a refusal with its
 * grounds and failed rules in catalogue order.
 */
public record ExpectedEvaluation(Route route, Set<Flag> flags, List<Ground> grounds, List<Rule> failedRules) {

    public ExpectedEvaluation {
        Objects.requireNonNull(route, "route");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        grounds = List.copyOf(grounds);
        failedRules = List.copyOf(failedRules);
        if (grounds.isEmpty() != failedRules.isEmpty()) {
            throw new IllegalArgumentException("a refusal has both grounds and failed rules; eligibility has neither");
        }
    }

    public boolean eligible() {
        return grounds.isEmpty();
    }
}
