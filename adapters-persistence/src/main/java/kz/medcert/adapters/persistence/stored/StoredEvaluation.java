package kz.medcert.adapters.persistence.stored;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.Flag;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Obligation;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.evaluation.Satisfaction;
import kz.medcert.domain.evaluation.Source;
import kz.medcert.domain.rules.Rule;

/**
 * The evaluation an officer decides on, as it was when the request was submitted: stored whole, texts included, and
 * never recomputed, so that a later rule set does not change what was decided on.
 *
 * @param deadline null when the evaluation was made without a submission moment
 */
record StoredEvaluation(RouteDecision route, List<ChecklistItem> checklist, List<NotRequired> notRequired,
                        Outcome outcome, Deadline deadline, String ruleSet, List<ReviewNote> reviewNotes) {

    StoredEvaluation {
        checklist = List.copyOf(checklist);
        notRequired = List.copyOf(notRequired);
        reviewNotes = List.copyOf(reviewNotes);
    }

    /** @param flags in alphabetical order, so that a row is written the same way every time */
    record RouteDecision(Route route, List<Flag> flags, StoredDossier.Certificate certificate, Standing standing,
                         LocalDate breakCountedFrom) {
        RouteDecision {
            flags = List.copyOf(flags);
        }
    }

    record Standing(CertificateStatus status, LocalDate lastValidDay, boolean indefiniteKeptValid) {
    }

    /** @param subjectText the subject in words; null exactly when there is no subject (format 6) */
    record ChecklistItem(DocumentCode document, Obligation obligation, Source source, Satisfaction satisfaction,
                         List<Rule> rules, String basis, String subject, Text subjectText, BigDecimal minimumCredits,
                         DateWindow window) {
        ChecklistItem {
            rules = List.copyOf(rules);
        }
    }

    record DateWindow(LocalDate from, LocalDate to) {
    }

    record NotRequired(DocumentCode document, List<Rule> rules, Text reason) {
        NotRequired {
            rules = List.copyOf(rules);
        }
    }

    /** The outcome's variant is stored by name in {@code kind}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = Eligible.class, name = "ELIGIBLE"),
            @JsonSubTypes.Type(value = Refusal.class, name = "REFUSAL")})
    sealed interface Outcome {
    }

    record Eligible(Text motivation) implements Outcome {
    }

    record Refusal(List<Ground> grounds, List<Rule> failedRules, List<Finding> findings, Text motivation)
            implements Outcome {
        Refusal {
            grounds = List.copyOf(grounds);
            failedRules = List.copyOf(failedRules);
            findings = List.copyOf(findings);
        }
    }

    record Finding(Ground ground, List<Rule> rules, Text explanation) {
        Finding {
            rules = List.copyOf(rules);
        }
    }

    record ReviewNote(String code, List<Rule> rules, Text text) {
        ReviewNote {
            rules = List.copyOf(rules);
        }
    }

    /** A text in Kazakh, Russian and English. */
    record Text(String kk, String ru, String en) {
    }

    record Deadline(Instant submittedAt, LocalDateTime submittedLocal, LocalDate registeredOn, LocalDate decisionDue) {
    }
}
