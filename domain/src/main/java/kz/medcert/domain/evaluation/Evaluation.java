package kz.medcert.domain.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.calendar.ServiceDeadline;

/**
 * The answer to one dossier: route and flags, the checklist (and what is not required, with why), the outcome,
 * the service deadline when a submission moment was given, and the rule set that produced it.
 */
public record Evaluation(RouteDecision route, List<ChecklistItem> checklist, List<NotRequiredItem> notRequired,
                         Outcome outcome, Optional<ServiceDeadline> deadline, String ruleSet,
                         List<ReviewNote> reviewNotes) {

    public Evaluation {
        Objects.requireNonNull(route, "route");
        checklist = List.copyOf(checklist);
        notRequired = List.copyOf(notRequired);
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(ruleSet, "ruleSet");
        reviewNotes = List.copyOf(reviewNotes);
    }

    /** The same evaluation with {@code more} notes for the officer after its own (e.g. from the request, R74). */
    public Evaluation withReviewNotes(List<ReviewNote> more) {
        if (more.isEmpty()) {
            return this;
        }
        return new Evaluation(route, checklist, notRequired, outcome, deadline, ruleSet,
                java.util.stream.Stream.concat(reviewNotes.stream(), more.stream()).toList());
    }

    /**
     * The same evaluation with its checklist items replaced one for one ({@code items}: the same documents in the same
     * order), e.g. where a request offers an upload in place of a state registry that did not answer (R21, R70).
     */
    public Evaluation withChecklist(List<ChecklistItem> items) {
        if (items.size() != checklist.size()) {
            throw new IllegalArgumentException("a checklist is replaced item for item: " + checklist.size()
                    + " items, not " + items.size());
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).document() != checklist.get(i).document()) {
                throw new IllegalArgumentException("item " + i + " is " + checklist.get(i).document() + ", not "
                        + items.get(i).document());
            }
        }
        return new Evaluation(route, items, notRequired, outcome, deadline, ruleSet, reviewNotes);
    }
}
