package kz.medcert.domain.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.Message;

/**
 * Whether an officer may issue on an evaluation (R74, R75, R88, R89, R91). A court decision in force that prohibits
 * the activity (ground 4) or deprives of the special right (ground 5) leaves no discretion: the certificate is never
 * issued. Any other ground found by the rules can be set aside only by an explicit override with a written
 * motivation; an eligible evaluation needs none.
 */
public final class IssuePolicy {

    private IssuePolicy() {
    }

    /** The verdict on one decision to issue. */
    public sealed interface Verdict {
        /** Why the officer may not issue as asked, in words for them in any language; empty when they may. */
        Optional<Message> explanation();

        /** {@link #explanation()} in English. */
        default Optional<String> refusal() {
            return explanation().map(Message::toString);
        }

        /** The officer may issue; with the override to store when the rules had found grounds. */
        record Allowed(Optional<IssueOverride> override) implements Verdict {
            public Allowed {
                Objects.requireNonNull(override, "override");
            }

            @Override
            public Optional<Message> explanation() {
                return Optional.empty();
            }
        }

        /** Issuing is forbidden by the law itself. */
        record Forbidden(Ground ground) implements Verdict {
            public Forbidden {
                Objects.requireNonNull(ground, "ground");
            }

            @Override
            public Optional<Message> explanation() {
                return Optional.of(DomainText.ISSUE_FORBIDDEN.message()
                        .with("ground", RefusalReasons.named(List.of(ground))).with("rule", ground.rule()));
            }
        }

        /** The rules found these grounds: the officer must motivate setting them aside. */
        record OverrideRequired(List<Ground> grounds) implements Verdict {
            public OverrideRequired {
                grounds = List.copyOf(grounds);
            }

            @Override
            public Optional<Message> explanation() {
                return Optional.of(DomainText.ISSUE_OVERRIDE_REQUIRED.message()
                        .with("grounds", RefusalReasons.named(grounds)));
            }
        }

        /** A motivation was given where the rules found no ground to set aside. */
        record NothingToOverride() implements Verdict {
            @Override
            public Optional<Message> explanation() {
                return Optional.of(DomainText.ISSUE_NOTHING_TO_OVERRIDE.message());
            }
        }
    }

    /** R88, R89: grounds that no officer can set aside. */
    public static boolean leavesNoDiscretion(Ground ground) {
        return ground == Ground.GROUND_4_COURT_PROHIBITION || ground == Ground.GROUND_5_SPECIAL_RIGHT_DEPRIVED;
    }

    public static Verdict assess(Evaluation evaluation, Optional<Motivation> motivation) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(motivation, "motivation");
        List<Ground> grounds = evaluation.outcome().fold(eligible -> List.<Ground>of(), refusal -> refusal.grounds());
        Optional<Ground> forbidding = grounds.stream().filter(IssuePolicy::leavesNoDiscretion).findFirst();
        if (forbidding.isPresent()) {
            return new Verdict.Forbidden(forbidding.get());
        }
        if (grounds.isEmpty()) {
            return motivation.isPresent() ? new Verdict.NothingToOverride() : new Verdict.Allowed(Optional.empty());
        }
        return motivation.<Verdict>map(m -> new Verdict.Allowed(Optional.of(new IssueOverride(grounds, m))))
                .orElseGet(() -> new Verdict.OverrideRequired(grounds));
    }
}
