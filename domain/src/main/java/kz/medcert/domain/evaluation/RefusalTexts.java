package kz.medcert.domain.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/**
 * The reasoned text of a refusal (R91) in kk/ru/en: the grounds by number with the route, then each ground as the
 * Order words it, followed by the findings on it, each with its rule IDs. The rules' own refusal uses it for every
 * ground they found; an officer's refusal uses it as the draft of the languages the officer did not write.
 */
public final class RefusalTexts {

    private RefusalTexts() {
    }

    /**
     * The draft motivation of a refusal on {@code grounds}: for a ground the rules found, its findings in
     * {@code evaluation}; for any other (e.g. ground 1, the officer's finding), the ground as the Order words it.
     */
    public static LocalizedText draft(Evaluation evaluation, List<Ground> grounds) {
        List<Finding> findings = evaluation.outcome().fold(eligible -> List.<Finding>of(), Outcome.Refusal::findings);
        return text(evaluation.route().route(), grounds.stream().distinct().sorted().toList(), findings);
    }

    static LocalizedText text(Route route, List<Ground> grounds, List<Finding> findings) {
        String numbers = grounds.stream().map(g -> String.valueOf(g.number())).collect(Collectors.joining(", "));
        LocalizedText routeName = route.localizedName();
        List<LocalizedText> lines = new ArrayList<>();
        lines.add(LocalizedText.of(
                "Мемлекеттік көрсетілетін қызметті көрсетуден бас тарту негіздері: " + numbers + " ("
                        + routeName.kk() + ").",
                "Отказ в оказании государственной услуги по основаниям: " + numbers + " (" + routeName.ru() + ").",
                "Refusal of the public service on grounds " + numbers + " (" + routeName.en() + ")."));
        for (Ground ground : grounds) {
            LocalizedText description = ground.description();
            lines.add(LocalizedText.of(ground.number() + ") " + description.kk() + ":",
                    ground.number() + ") " + description.ru() + ":",
                    ground.number() + ") " + description.en() + ":"));
            for (Finding finding : findings) {
                if (finding.ground() == ground) {
                    String ids = finding.rules().stream().map(Rule::id).collect(Collectors.joining(", "));
                    lines.add(finding.explanation().prefixedBy(LocalizedText.same("– ")).suffixed(" [" + ids + "]."));
                }
            }
        }
        return LocalizedText.join("\n", lines);
    }
}
