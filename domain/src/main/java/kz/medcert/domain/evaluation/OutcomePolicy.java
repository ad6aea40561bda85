package kz.medcert.domain.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/** Turns findings into the outcome with its reasoned motivation (R85–R91). */
final class OutcomePolicy {

    private OutcomePolicy() {
    }

    static Outcome decide(Route route, List<Finding> findings) {
        if (findings.isEmpty()) {
            return new Outcome.Eligible(eligibleText(route));
        }
        Outcome.Refusal draft = Outcome.Refusal.of(findings, LocalizedText.of("", "", ""));
        return Outcome.Refusal.of(findings, refusalText(route, draft));
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
        String numbers = refusal.grounds().stream().map(g -> String.valueOf(g.number()))
                .collect(Collectors.joining(", "));
        List<LocalizedText> lines = new ArrayList<>();
        lines.add(LocalizedText.of(
                "Мемлекеттік көрсетілетін қызметті көрсетуден бас тарту негіздері: " + numbers + " ("
                        + route.localizedName().kk() + ").",
                "Отказ в оказании государственной услуги по основаниям: " + numbers + " ("
                        + route.localizedName().ru() + ").",
                "Refusal of the public service on grounds " + numbers + " (" + route.localizedName().en() + ")."));
        for (Ground ground : refusal.grounds()) {
            LocalizedText description = ground.description();
            lines.add(LocalizedText.of(ground.number() + ") " + description.kk() + ":",
                    ground.number() + ") " + description.ru() + ":",
                    ground.number() + ") " + description.en() + ":"));
            for (Finding finding : refusal.findings()) {
                if (finding.ground() == ground) {
                    String ids = finding.rules().stream().map(Rule::id).collect(Collectors.joining(", "));
                    lines.add(finding.explanation().prefixedBy(LocalizedText.of("– ", "– ", "– "))
                            .suffixed(" [" + ids + "]."));
                }
            }
        }
        return LocalizedText.join("\n", lines);
    }
}
