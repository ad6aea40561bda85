package kz.medcert.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import kz.medcert.domain.evaluation.Evaluation;

/**
 * The signed submission: when it arrived, the registration day and decision due date (R73, R78), the EDS signature
 * over the content digest (R17), and the evaluation the officer decides on.
 */
public record Submission(Instant submittedAt, LocalDate registeredOn, LocalDate decisionDue, String contentDigest,
                         String signature, Evaluation evaluation) {
    public Submission {
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(decisionDue, "decisionDue");
        Objects.requireNonNull(contentDigest, "contentDigest");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(evaluation, "evaluation");
    }
}
