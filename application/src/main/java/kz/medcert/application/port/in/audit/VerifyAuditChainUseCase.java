package kz.medcert.application.port.in.audit;

import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.audit.ChainCheck;

/**
 * Verifies the whole audit chain, entry by entry in bounded memory, and names the first broken entry: for an
 * administrator, or for the operator's command line ({@code verify-audit}).
 */
public interface VerifyAuditChainUseCase {

    /**
     * @throws AccessDeniedException unless {@code actor} is an administrator
     */
    ChainCheck verify(Actor actor);
}
