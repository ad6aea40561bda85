package kz.medcert.adapters.persistence.stored;

import java.util.Optional;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.Hearing;
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
            return new StoredDecision.Issued(issued.number().value(), issued.issuedOn(), issued.automatic());
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
            return new Decision.Issued(new CertificateNumber(issued.number()), issued.issuedOn(), issued.automatic());
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
        return new StoredDecision.Reasons(r.grounds(), r.failedRules(), r.motivation());
    }

    static RefusalReasons toDomain(StoredDecision.Reasons s) {
        return new RefusalReasons(s.grounds(), s.failedRules(), s.motivation());
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
