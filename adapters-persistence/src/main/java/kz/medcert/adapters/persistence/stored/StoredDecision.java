package kz.medcert.adapters.persistence.stored;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.rules.Rule;

/** The provider's decision on a request, as stored; the variant is stored by name in {@code kind}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = StoredDecision.Issued.class, name = "ISSUED"),
        @JsonSubTypes.Type(value = StoredDecision.RefusalProposed.class, name = "REFUSAL_PROPOSED"),
        @JsonSubTypes.Type(value = StoredDecision.Refused.class, name = "REFUSED")})
sealed interface StoredDecision {

    /**
     * @param number   the certificate number as printed
     * @param level    the qualification level granted; null for none
     * @param override the officer's override of the grounds the rules found; null for none
     */
    record Issued(String number, LocalDate issuedOn, boolean automatic, QualificationLevel level, Override override)
            implements StoredDecision {
    }

    record Override(List<Ground> grounds, Motivation motivation) {
        public Override {
            grounds = List.copyOf(grounds);
        }
    }

    /** Each language null when not written. */
    record Motivation(String kk, String ru, String en) {
    }

    record RefusalProposed(Reasons reasons, Hearing hearing) implements StoredDecision {
    }

    record Refused(Reasons reasons, RefusalProposed proposed, LocalDate refusedOn) implements StoredDecision {
    }

    /**
     * @param generated           the languages of the motivation the service generated from the rules' draft, in
     *                            the order of {@link Language}; empty when the officer wrote every language it holds
     * @param unreliableDocuments the uploads found unreliable (ground 1, R85); empty otherwise
     */
    record Reasons(List<Ground> grounds, List<Rule> failedRules, Motivation motivation, List<Language> generated,
                   List<UUID> unreliableDocuments) {
        public Reasons {
            grounds = List.copyOf(grounds);
            failedRules = List.copyOf(failedRules);
            generated = List.copyOf(generated);
            unreliableDocuments = List.copyOf(unreliableDocuments);
        }
    }

    /** @param objection null while the applicant has not objected */
    record Hearing(Instant notifiedAt, LocalDate objectionsUntil, Objection objection) {
    }

    record Objection(Instant at, String text) {
    }
}
