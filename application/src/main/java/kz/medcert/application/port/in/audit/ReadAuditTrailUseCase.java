package kz.medcert.application.port.in.audit;

import java.util.List;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.request.RequestId;

/** Reads the audit trail of one request: who did what and when, with consent references and registry pulls. */
public interface ReadAuditTrailUseCase {

    /**
     * The request's audit entries, oldest first, each with its place in the hash chain.
     *
     * @param reader an officer or an administrator
     * @throws AccessDeniedException    when {@code reader} reads no audit trails at all (an applicant, the service)
     * @throws RequestNotFoundException when there is no such request and no entry about one
     */
    List<AuditEntry> read(Actor reader, RequestId id);
}
