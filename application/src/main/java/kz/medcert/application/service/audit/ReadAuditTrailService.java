package kz.medcert.application.service.audit;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.audit.ReadAuditTrailUseCase;
import kz.medcert.application.port.out.AuditTrail;
import kz.medcert.application.port.out.Requests;
import kz.medcert.application.service.RequestAccess;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.request.RequestId;

/** Reads a request's audit trail for an officer or an administrator. */
public final class ReadAuditTrailService implements ReadAuditTrailUseCase {
    private final AuditTrail auditTrail;
    private final Requests requests;

    @Inject
    public ReadAuditTrailService(AuditTrail auditTrail, Requests requests) {
        this.auditTrail = auditTrail;
        this.requests = requests;
    }

    @Override
    public List<AuditEntry> read(Actor reader, RequestId id) {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(id, "id");
        requireAuditReader(reader);
        // R71: an officer reads the trails of their own department's requests only, as the requests themselves
        if (reader instanceof Actor.Officer && requests.find(id)
                .filter(r -> RequestAccess.mayRead(reader, r.state())).isEmpty()) {
            throw new RequestNotFoundException(id);
        }
        List<AuditEntry> trail = auditTrail.trailOf(id);
        // A deleted request keeps its entries, which an administrator still reads; only one never stored has none.
        if (trail.isEmpty() && requests.find(id).isEmpty()) {
            throw new RequestNotFoundException(id);
        }
        return trail;
    }

    // Officers and administrators read trails; an applicant sees their history on the request itself (R80).
    private static void requireAuditReader(Actor reader) {
        if (!(reader instanceof Actor.Officer) && !(reader instanceof Actor.Admin)) {
            throw new AccessDeniedException(ServiceText.ONLY_STAFF_READ_AUDIT.message());
        }
    }
}
