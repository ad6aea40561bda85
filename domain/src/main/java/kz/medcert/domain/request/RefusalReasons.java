package kz.medcert.domain.request;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.RefusalTexts;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/**
 * Why the officer refuses (R85–R91): one or more of the six grounds, the rule IDs that failed, and the reasoned text
 * the applicant receives. Every ground's own rule is among the failed rules, so a refusal always cites its legal
 * ground even when the officer found it by hand (e.g. a forged upload, ground 1).
 *
 * <p>The motivation is kept in Kazakh and Russian, the languages of the decision, and in English where the officer
 * gave it: the officer writes one or both of Kazakh and Russian, and the other is the rules' refusal draft on the
 * chosen grounds ({@link #completed}); {@code generated} names the languages the service wrote rather than the officer,
 * so that the applicant and a reviewer see which text is the officer's.
 *
 * @param generated the languages of {@code motivation} that are the generated draft, not the officer's words
 */
public record RefusalReasons(List<Ground> grounds, List<Rule> failedRules, Motivation motivation,
                             Set<Language> generated, List<UUID> unreliableDocuments) {
    /** Longest motivation kept per language, in characters: a reasoned decision, not an attachment. */
    public static final int MAX_MOTIVATION_LENGTH = 8_000;

    public RefusalReasons {
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(failedRules, "failedRules");
        Objects.requireNonNull(motivation, "motivation");
        grounds = grounds.stream().map(g -> Objects.requireNonNull(g, "ground")).distinct().sorted().toList();
        if (grounds.isEmpty()) {
            throw new InvalidValueException(DomainText.REFUSAL_NO_GROUND.message());
        }
        failedRules = Stream.concat(failedRules.stream().map(r -> Objects.requireNonNull(r, "rule")),
                        grounds.stream().map(Ground::rule))
                .distinct().sorted(Comparator.naturalOrder()).toList();
        generated = generated.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(generated));
        for (Language language : generated) {
            if (motivation.in(language).isEmpty()) {
                throw new IllegalArgumentException("a generated " + language.tag() + " motivation is a text");
            }
        }
        // R91: the decision is reasoned by the officer in a language of the decision; the draft only completes it
        if (generated.contains(Language.KK) && generated.contains(Language.RU)
                || generated.contains(Language.KK) && motivation.ru().isEmpty()
                || generated.contains(Language.RU) && motivation.kk().isEmpty()) {
            throw new InvalidValueException(DomainText.MOTIVATION_LANGUAGE_MISSING.message());
        }
        unreliableDocuments = List.copyOf(unreliableDocuments).stream().distinct().toList();
        // R85: ground 1 is established against documents the applicant submitted, so the officer names them
        boolean ground1 = grounds.contains(Ground.GROUND_1_UNRELIABLE_DATA);
        if (ground1 && unreliableDocuments.isEmpty()) {
            throw new InvalidValueException(DomainText.REFUSAL_GROUND_1_NAMES_DOCUMENTS.message());
        }
        if (!ground1 && !unreliableDocuments.isEmpty()) {
            throw new InvalidValueException(DomainText.REFUSAL_DOCUMENTS_ONLY_GROUND_1.message());
        }
    }

    /** Reasons written whole by the officer: nothing generated. */
    public RefusalReasons(List<Ground> grounds, List<Rule> failedRules, Motivation motivation,
                          List<UUID> unreliableDocuments) {
        this(grounds, failedRules, motivation, Set.of(), unreliableDocuments);
    }

    /** Reasons whose motivation the officer wrote in Russian only, as before Kazakh was kept beside it. */
    public RefusalReasons(List<Ground> grounds, List<Rule> failedRules, String russianMotivation,
                          List<UUID> unreliableDocuments) {
        this(grounds, failedRules, russian(russianMotivation), Set.of(), unreliableDocuments);
    }

    /** Reasons on grounds other than 1, which name no document, motivated in Russian only. */
    public RefusalReasons(List<Ground> grounds, List<Rule> failedRules, String russianMotivation) {
        this(grounds, failedRules, russianMotivation, List.of());
    }

    private static Motivation russian(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(DomainText.REFUSAL_MOTIVATION_BLANK.message());
        }
        return Motivation.of(null, text, null);
    }

    /**
     * The reasons with the officer's {@code written} motivation completed: a language of the decision (Kazakh or
     * Russian) the officer did not write is the rules' draft on {@code grounds} ({@link RefusalTexts#draft}), marked
     * as generated. English is kept only where the officer wrote it.
     */
    public static RefusalReasons completed(Evaluation evaluation, List<Ground> grounds, List<Rule> failedRules,
                                           Motivation written, List<UUID> unreliableDocuments) {
        LocalizedText draft = RefusalTexts.draft(evaluation, grounds);
        Set<Language> generated = EnumSet.noneOf(Language.class);
        Optional<String> kk = written.kk();
        Optional<String> ru = written.ru();
        if (kk.isEmpty()) {
            kk = Optional.of(bounded(draft.kk()));
            generated.add(Language.KK);
        }
        if (ru.isEmpty()) {
            ru = Optional.of(bounded(draft.ru()));
            generated.add(Language.RU);
        }
        return new RefusalReasons(grounds, failedRules, new Motivation(kk, ru, written.en()), generated,
                unreliableDocuments);
    }

    private static String bounded(String text) {
        return text.length() <= MAX_MOTIVATION_LENGTH ? text : text.substring(0, MAX_MOTIVATION_LENGTH - 1) + "…";
    }

    /**
     * R91: the rules of {@code evaluation}'s findings on the chosen grounds, so that an officer who refuses on a
     * ground the rules found cites the same rule IDs; empty for grounds the rules did not find.
     */
    public static List<Rule> rulesFound(Evaluation evaluation, List<Ground> grounds) {
        return evaluation.outcome().fold(eligible -> List.<Rule>of(), refusal -> refusal.findings().stream()
                .filter(f -> grounds.contains(f.ground()))
                .flatMap(f -> f.rules().stream())
                .distinct().toList());
    }

    /** Whether every ground of this refusal was also a ground of {@code earlier}. */
    public boolean groundsWithin(RefusalReasons earlier) {
        return earlier.grounds.containsAll(grounds);
    }

    /** The motivation for the history: each language once, the generated ones named. */
    String summary() {
        return motivation.summary() + (generated.isEmpty() ? "" : " (generated: " + generated.stream()
                .sorted().map(Language::tag).reduce((a, b) -> a + ", " + b).orElse("") + ")");
    }

    static String describe(List<Ground> grounds) {
        return grounds.stream().map(Ground::name).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The grounds by number and name, e.g. "2 (Requirements not met)", in each language. */
    public static LocalizedText named(List<Ground> grounds) {
        return LocalizedText.join(", ", grounds.stream().map(RefusalReasons::named).toList());
    }

    private static LocalizedText named(Ground ground) {
        LocalizedText name = ground.localizedName();
        String number = String.valueOf(ground.number());
        return LocalizedText.of(number + " (" + name.kk() + ")", number + " (" + name.ru() + ")",
                number + " (" + name.en() + ")");
    }
}
