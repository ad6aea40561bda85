package kz.medcert.domain.evaluation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.medcert.domain.reference.LocalizedText;

/** Turns findings into the outcome with its reasoned motivation (R85–R91). */
final class OutcomePolicy {

    /** The eligible motivation depends on the route only: written once (issue 16). */
    private static final Map<Route, LocalizedText> ELIGIBLE_TEXTS = eligibleTexts();

    private OutcomePolicy() {
    }

    private static Map<Route, LocalizedText> eligibleTexts() {
        Map<Route, LocalizedText> texts = new EnumMap<>(Route.class);
        for (Route route : Route.values()) {
            texts.put(route, eligibleText(route));
        }
        return Collections.unmodifiableMap(texts);
    }

    static Outcome decide(Route route, List<Finding> findings) {
        if (findings.isEmpty()) {
            return new Outcome.Eligible(ELIGIBLE_TEXTS.get(route));
        }
        Outcome.Refusal draft = Outcome.Refusal.of(findings, LocalizedText.of("", "", ""));
        return Outcome.Refusal.of(findings, refusalText(route, draft));
    }

    static List<LocalizedText> eligibleMotivations() {
        return List.copyOf(ELIGIBLE_TEXTS.values());
    }

    private static LocalizedText eligibleText(Route route) {
        LocalizedText name = route.localizedName();
        return LocalizedText.of(
                "Тексерілетін барлық талаптар орындалды (" + name.kk() + "). Шешімді аумақтық департамент қабылдайды.",
                "Все проверяемые требования выполнены (" + name.ru() + "). Решение принимает территориальный "
                        + "департамент.",
                "All requirements the rules can check are met (" + name.en() + "). The territorial department "
                        + "takes the decision.");
    }

    /** R91: the refusal cites each ground by number and each failed requirement with its rule IDs. */
    private static LocalizedText refusalText(Route route, Outcome.Refusal refusal) {
        return RefusalTexts.text(route, refusal.grounds(), refusal.findings());
    }
}
