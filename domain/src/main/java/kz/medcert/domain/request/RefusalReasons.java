package kz.medcert.domain.request;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.rules.Rule;

/**
 * Why the officer refuses (R85–R91): one or more of the six grounds, the rule IDs that failed, and the reasoned text
 * the applicant receives. Every ground's own rule is among the failed rules, so a refusal always cites its legal
 * ground even when the officer found it by hand (e.g. a forged upload, ground 1).
 */
public record RefusalReasons(List<Ground> grounds, List<Rule> failedRules, String motivation,
                             List<UUID> unreliableDocuments) {
    /** Longest motivation kept, in characters: a reasoned decision, not an attachment. */
    public static final int MAX_MOTIVATION_LENGTH = 8_000;

    public RefusalReasons {
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(failedRules, "failedRules");
        Objects.requireNonNull(motivation, "motivation");
        grounds = grounds.stream().map(g -> Objects.requireNonNull(g, "ground")).distinct().sorted().toList();
        if (grounds.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one of the six grounds (R85-R90)");
        }
        failedRules = Stream.concat(failedRules.stream().map(r -> Objects.requireNonNull(r, "rule")),
                        grounds.stream().map(Ground::rule))
                .distinct().sorted(Comparator.naturalOrder()).toList();
        motivation = motivation.strip();
        if (motivation.isEmpty()) {
            throw new IllegalArgumentException("a refusal is reasoned: the motivation must not be blank (R91)");
        }
        if (motivation.length() > MAX_MOTIVATION_LENGTH) {
            throw new IllegalArgumentException("the motivation is longer than " + MAX_MOTIVATION_LENGTH
                    + " characters");
        }
        unreliableDocuments = List.copyOf(unreliableDocuments).stream().distinct().toList();
        // R85: ground 1 is established against documents the applicant submitted, so the officer names them
        boolean ground1 = grounds.contains(Ground.GROUND_1_UNRELIABLE_DATA);
        if (ground1 && unreliableDocuments.isEmpty()) {
            throw new IllegalArgumentException("ground 1 (R85) is the finding that documents the applicant submitted "
                    + "are unreliable: name the uploads (unreliableDocuments)");
        }
        if (!ground1 && !unreliableDocuments.isEmpty()) {
            throw new IllegalArgumentException("unreliable documents are named only for ground 1 (R85)");
        }
    }

    /** Reasons on grounds other than 1, which name no document. */
    public RefusalReasons(List<Ground> grounds, List<Rule> failedRules, String motivation) {
        this(grounds, failedRules, motivation, List.of());
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

    static String describe(List<Ground> grounds) {
        return grounds.stream().map(Ground::name).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
