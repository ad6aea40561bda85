package kz.medcert.application.service.audit;

import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.audit.VerifyAuditChainUseCase;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.audit.ChainCheck;

/** The audit chain's verification, for administrators (it reads every entry: the log of the whole service). */
public final class VerifyAuditChainService implements VerifyAuditChainUseCase {
    private final AuditTrail auditTrail;

    @Inject
    public VerifyAuditChainService(AuditTrail auditTrail) {
        this.auditTrail = Objects.requireNonNull(auditTrail, "auditTrail");
    }

    @Override
    public ChainCheck verify(Actor actor) {
        if (!(Objects.requireNonNull(actor, "actor") instanceof Actor.Admin)) {
            throw new AccessDeniedException(ServiceText.ONLY_ADMIN_VERIFIES_AUDIT_CHAIN.message());
        }
        return auditTrail.verifyAll();
    }
}
