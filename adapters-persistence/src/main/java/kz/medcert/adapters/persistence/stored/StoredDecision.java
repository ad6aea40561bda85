package kz.medcert.adapters.persistence.stored;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.rules.Rule;

/** The provider's decision on a request, as stored; the variant is stored by name in {@code kind}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StoredDecision.Issued.class, name = "ISSUED"),
        @JsonSubTypes.Type(value = StoredDecision.RefusalProposed.class, name = "REFUSAL_PROPOSED"),
        @JsonSubTypes.Type(value = StoredDecision.Refused.class, name = "REFUSED")})
sealed interface StoredDecision {

    /** @param number the certificate number as printed */
    record Issued(String number, LocalDate issuedOn, boolean automatic) implements StoredDecision {
    }

    record RefusalProposed(Reasons reasons, Hearing hearing) implements StoredDecision {
    }

    record Refused(Reasons reasons, RefusalProposed proposed, LocalDate refusedOn) implements StoredDecision {
    }

    record Reasons(List<Ground> grounds, List<Rule> failedRules, String motivation) {
        public Reasons {
            grounds = List.copyOf(grounds);
            failedRules = List.copyOf(failedRules);
        }
    }

    /** @param objection null while the applicant has not objected */
    record Hearing(Instant notifiedAt, LocalDate objectionsUntil, Objection objection) {
    }

    record Objection(Instant at, String text) {
    }
}
