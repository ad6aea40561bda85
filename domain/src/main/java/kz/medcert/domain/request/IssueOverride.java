package kz.medcert.domain.request;

import java.util.List;
import java.util.Objects;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;

/**
 * R74, R91: an officer issued although the rules found grounds for refusal, with the written motivation that says why;
 * stored with the decision, in the history and shown to the applicant. Never for grounds 4 and 5 (R88, R89).
 *
 * @param grounds the grounds the evaluation carried that the officer set aside
 */
public record IssueOverride(List<Ground> grounds, Motivation motivation) {
    public IssueOverride {
        grounds = List.copyOf(grounds);
        Objects.requireNonNull(motivation, "motivation");
        if (grounds.isEmpty()) {
            throw new InvalidValueException(DomainText.OVERRIDE_NO_GROUND.message());
        }
        if (grounds.stream().anyMatch(IssuePolicy::leavesNoDiscretion)) {
            throw new InvalidValueException(DomainText.OVERRIDE_GROUNDS_4_5.message());
        }
    }
}
