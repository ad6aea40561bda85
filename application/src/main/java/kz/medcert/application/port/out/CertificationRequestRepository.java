package kz.medcert.application.port.out;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;

/**
 * Durable storage of requests. Every write is one transaction that is on disk when the method returns (nothing
 * acknowledged to a client is ever lost) and checks the version the request was read at (optimistic locking).
 */
public interface CertificationRequestRepository {

    /** Stores a new request; returns it at version 1. */
    CertificationRequest add(CertificationRequest request);

    /**
     * Stores a new request and remembers it under its owner's idempotency key, in one transaction.
     *
     * @throws DuplicateIdempotencyKeyException when the owner already used the key; nothing is stored then
     */
    CertificationRequest add(CertificationRequest request, IdempotencyRecord idempotency);

    /** The request an owner's idempotency key created, if any. */
    Optional<IdempotencyRecord> findIdempotencyKey(Iin owner, String key);

    /**
     * Replaces the stored request if it is still at {@code request.version()}; returns it at the next version.
     *
     * @throws ConcurrentUpdateException when someone else changed it since it was read
     */
    CertificationRequest update(CertificationRequest request);

    /**
     * {@link #update} and the notifications the change causes, stored in the {@link Outbox} in the same transaction:
     * a change is never stored without its notifications, nor a notification without its change.
     */
    CertificationRequest update(CertificationRequest request, List<Notification> notifications);

    /**
     * {@link #update} and the registration of the certificate the request's decision issues, in one transaction: a
     * request is never ISSUED without its register entry, nor an entry registered for a request left undecided. The
     * entries the new one replaces are marked in the same transaction, as {@link CertificateRegister#add} marks them,
     * and audited as steps of the decision (its history's last entry: when and by whom).
     *
     * @throws IllegalStateException when the certificate's number is already registered
     */
    CertificationRequest update(CertificationRequest request, IssuedCertificate certificate);

    /**
     * Issues a certificate: draws the next serial of {@code year} and with it lets {@code decision} make the
     * request's decision and its register entry, then stores both as {@link #update(CertificationRequest,
     * IssuedCertificate)} does, all in one transaction. A decision that loses a race (the request changed since it
     * was read) rolls its serial back with the rest, so that no number is burnt: the serials of a year have no gaps.
     *
     * @return the request as stored, and the entry registered
     * @throws ConcurrentUpdateException when someone else changed the request since it was read
     * @throws IllegalStateException     when the certificate's number is already registered
     */
    IssuedRequest updateIssuing(Year year, LongFunction<IssuedRequest> decision);

    /**
     * A request with the decision to issue, the register entry of the certificate it issues, and the notifications
     * the decision causes (stored in the {@link Outbox} in the same transaction).
     */
    record IssuedRequest(CertificationRequest request, IssuedCertificate certificate,
                         List<Notification> notifications) {
        public IssuedRequest {
            java.util.Objects.requireNonNull(request, "request");
            java.util.Objects.requireNonNull(certificate, "certificate");
            notifications = List.copyOf(notifications);
        }

        public IssuedRequest(CertificationRequest request, IssuedCertificate certificate) {
            this(request, certificate, List.of());
        }
    }

    /** {@link #update} and the content of a new attachment, in one transaction. */
    CertificationRequest update(CertificationRequest request, UUID attachmentId, byte[] content);

    Optional<CertificationRequest> find(RequestId id);

    /** The stored bytes of an attachment of that request. */
    Optional<byte[]> attachmentContent(RequestId id, UUID attachmentId);

    /**
     * One page of the requests {@code applicant} started, the newest first (by start moment, then id), with how many
     * there are in all.
     *
     * @param offset how many of the newest to pass over (0 or more)
     * @param limit  how many to return (1 or more)
     */
    RequestPage startedBy(Iin applicant, int offset, int limit);

    /**
     * The newest request {@code applicant} started, as {@link #startedBy} lists it first; without counting the others
     * (asked at every acceptance for the recipient's language, where a count cost as much as all the person's requests).
     */
    default Optional<CertificationRequest> latestStartedBy(Iin applicant) {
        return startedBy(applicant, 0, 1).page().stream().findFirst();
    }

    /** How many copies the request has stored, and their bytes, counting the ones later replaced too. */
    StoredUploads storedUploads(RequestId id);

    /**
     * Requests that still ask a registry ({@link kz.medcert.domain.request.RequestState#asksRegistries()}): waiting
     * for the registries, or gone on without one unavailable for the applicant, up to the decision (R21, R70), that
     * this instance of the service is to retry; oldest first, at most {@code limit}. Where several instances share
     * the store, each request is claimed by one of them for a while (a lease it renews with each call), so that no
     * retry runs twice, and the claims of an instance that stopped lapse and pass to another.
     */
    List<RequestId> awaitingRegistries(int limit);

    /**
     * One page of the requests awaiting the officer's decision (ACCEPTED or REFUSAL_PROPOSED) of {@code department},
     * or of every department when empty, the most urgent first: by decision due date, then submission moment, then id
     * (R73, R78); with how many await a decision in all, and how many of them are overdue on {@code today}.
     */
    default AwaitingDecision awaitingDecision(Optional<Department> department, LocalDate today, int offset, int limit) {
        return awaitingDecision(department, Optional.empty(), Optional.empty(), today, offset, limit);
    }

    /**
     * As {@link #awaitingDecision(Optional, LocalDate, int, int)}, narrowed to one of the two awaiting statuses and to
     * one declared specialty when given; the counts are over the narrowed queue.
     */
    AwaitingDecision awaitingDecision(Optional<Department> department, Optional<RequestStatus> status,
                                      Optional<SpecialtyCode> specialty, LocalDate today, int offset, int limit);

    /** A page of {@link #startedBy}: its requests, and how many there are over all pages. */
    record RequestPage(List<CertificationRequest> page, long total) {
        public RequestPage {
            page = List.copyOf(page);
        }
    }

    /** What a request's uploads take in storage. */
    record StoredUploads(int files, long bytes) {
    }

    /** A page of {@link #awaitingDecision}: its requests, and the counts over all pages. */
    record AwaitingDecision(List<CertificationRequest> page, long total, long overdue) {
        public AwaitingDecision {
            page = List.copyOf(page);
        }
    }
}
