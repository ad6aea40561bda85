package kz.medcert.application.service;

import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.VerifyAuditChainUseCase;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.audit.ChainCheck;

/** The audit log's own verification, for administrators (it reads every step of every request). */
public final class VerifyAuditChainService implements VerifyAuditChainUseCase {
    private final AuditTrail trail;

    @Inject
    public VerifyAuditChainService(AuditTrail trail) {
        this.trail = Objects.requireNonNull(trail, "trail");
    }

    @Override
    public ChainCheck verify(Actor actor) {
        if (!(actor instanceof Actor.Admin)) {
            throw new AccessDeniedException("only an administrator verifies the audit log");
        }
        return trail.verifyAll();
    }
}
