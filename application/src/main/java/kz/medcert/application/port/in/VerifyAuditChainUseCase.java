package kz.medcert.application.port.in;

import kz.medcert.domain.access.Actor;
import kz.medcert.domain.audit.ChainCheck;

/**
 * Verifies the whole hash-chained audit log, from its first entry to its head, and names the first broken entry:
 * that no recorded step was altered, removed or inserted afterwards. Administrators only.
 */
public interface VerifyAuditChainUseCase {

    /** @throws AccessDeniedException for anyone but an administrator */
    ChainCheck verify(Actor actor);
}
