package kz.medcert.adapters.persistence.stored;

import java.util.Optional;
import java.util.Set;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.Hearing;
import kz.medcert.domain.request.IssueOverride;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.Objection;
import kz.medcert.domain.request.RefusalReasons;

/**
 * The provider's decision (issued, refusal proposed with its hearing, refused), to and from the stored form. (Java 17
 * has no pattern switch: a new kind of decision fails StorageModelCoverageTest until it is mapped here.)
 */
final class DecisionMapper {

    private DecisionMapper() {
    }

    static StoredDecision toStored(Decision decision) {
        if (decision instanceof Decision.Issued issued) {
            return new StoredDecision.Issued(issued.number().value(), issued.issuedOn(), issued.automatic(),
                    issued.level().orElse(null), issued.override().map(o -> new StoredDecision.Override(o.grounds(),
                    toStored(o.motivation()))).orElse(null));
        }
        if (decision instanceof Decision.RefusalProposed proposed) {
            return toStored(proposed);
        }
        if (decision instanceof Decision.Refused refused) {
            return new StoredDecision.Refused(toStored(refused.reasons()), toStored(refused.proposed()),
                    refused.refusedOn());
        }
        throw new IllegalArgumentException("no stored form for a decision of kind " + decision.getClass());
    }

    static Decision toDomain(StoredDecision stored) {
        if (stored instanceof StoredDecision.Issued issued) {
            return new Decision.Issued(new CertificateNumber(issued.number()), issued.issuedOn(), issued.automatic(),
                    Optional.ofNullable(issued.level()), Optional.ofNullable(issued.override()).map(o ->
                    new IssueOverride(o.grounds(), toDomain(o.motivation()))));
        }
        if (stored instanceof StoredDecision.RefusalProposed proposed) {
            return toDomain(proposed);
        }
        StoredDecision.Refused refused = (StoredDecision.Refused) stored;
        return new Decision.Refused(toDomain(refused.reasons()), toDomain(refused.proposed()), refused.refusedOn());
    }

    static StoredDecision.RefusalProposed toStored(Decision.RefusalProposed proposed) {
        return new StoredDecision.RefusalProposed(toStored(proposed.reasons()), toStored(proposed.hearing()));
    }

    static Decision.RefusalProposed toDomain(StoredDecision.RefusalProposed stored) {
        return new Decision.RefusalProposed(toDomain(stored.reasons()), toDomain(stored.hearing()));
    }

    static StoredDecision.Reasons toStored(RefusalReasons r) {
        return new StoredDecision.Reasons(r.grounds(), r.failedRules(), toStored(r.motivation()),
                r.generated().stream().sorted().toList(), r.unreliableDocuments());
    }

    static RefusalReasons toDomain(StoredDecision.Reasons s) {
        return new RefusalReasons(s.grounds(), s.failedRules(), toDomain(s.motivation()), Set.copyOf(s.generated()),
                s.unreliableDocuments());
    }

    static StoredDecision.Motivation toStored(Motivation m) {
        return new StoredDecision.Motivation(m.kk().orElse(null), m.ru().orElse(null), m.en().orElse(null));
    }

    static Motivation toDomain(StoredDecision.Motivation s) {
        return Motivation.of(s.kk(), s.ru(), s.en());
    }

    static StoredDecision.Hearing toStored(Hearing h) {
        return new StoredDecision.Hearing(h.notifiedAt(), h.objectionsUntil(),
                h.objection().map(o -> new StoredDecision.Objection(o.at(), o.text())).orElse(null));
    }

    static Hearing toDomain(StoredDecision.Hearing s) {
        return new Hearing(s.notifiedAt(), s.objectionsUntil(),
                Optional.ofNullable(s.objection()).map(o -> new Objection(o.at(), o.text())));
    }
}
