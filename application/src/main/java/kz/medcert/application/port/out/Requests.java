package kz.medcert.application.port.out;

import java.util.List;
import java.util.Optional;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;

/**
 * Saving a request as it moves through its steps. Every write is one transaction that is on disk when the method
 * returns (nothing acknowledged to a client is ever lost), appends the request's new history entries to the audit log
 * in that transaction ({@link AuditTrail}), and checks the version the request was read at (optimistic locking).
 */
public interface Requests {

    /**
     * Stores a new request; returns it at version 1.
     *
     * @throws IllegalStateException when a request with its id is already stored
     */
    CertificationRequest add(CertificationRequest request);

    Optional<CertificationRequest> find(RequestId id);

    /**
     * Replaces the stored request if it is still at {@code request.version()}; returns it at the next version.
     *
     * @throws ConcurrentUpdateException when someone else changed it since it was read
     */
    CertificationRequest save(CertificationRequest request);

    /**
     * {@link #save} and the notifications the change causes, stored in the {@link Outbox} in the same transaction:
     * a change is never stored without its notifications, nor a notification without its change.
     *
     * @throws ConcurrentUpdateException when someone else changed it since it was read; no notification is stored
     */
    CertificationRequest saveWithNotifications(CertificationRequest request, List<Notification> notifications);
}
