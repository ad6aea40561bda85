package kz.medcert.application.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.DuplicateIdempotencyKeyException;
import kz.medcert.application.port.out.IdempotencyRecord;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.RequestStatus;

/**
 * Requests in memory, keeping CertificationRequestRepositoryContract as the JDBI adapter does: a write succeeds only
 * at the version the request was read at, whole or not at all (with the register entry or the bytes it carries), and
 * appends the request's new history entries to the audit log; nothing a caller holds (request or bytes) shares state
 * with what is stored.
 */
public final class InMemoryCertificationRequestRepository implements CertificationRequestRepository {
    private final Map<RequestId, RequestState> stored = new LinkedHashMap<>();
    private final Map<RequestId, Map<UUID, byte[]>> contents = new HashMap<>();
    private final InMemoryCertificateRegister register;
    private final InMemoryAuditTrail audit;
    private final Map<List<String>, IdempotencyRecord> idempotencyKeys = new HashMap<>();
    private int writes;

    /** With a register of its own. */
    public InMemoryCertificationRequestRepository() {
        this(new InMemoryCertificateRegister());
    }

    /** Registering the certificates that decisions issue in {@code register}, with an audit log of its own. */
    public InMemoryCertificationRequestRepository(InMemoryCertificateRegister register) {
        this(register, new InMemoryAuditTrail());
    }

    /** Registering the certificates that decisions issue in {@code register}, auditing each write in {@code audit}. */
    public InMemoryCertificationRequestRepository(InMemoryCertificateRegister register, InMemoryAuditTrail audit) {
        this.register = register;
        this.audit = audit;
    }

    @Override
    public synchronized CertificationRequest add(CertificationRequest request) {
        if (stored.containsKey(request.id())) {
            throw new IllegalStateException("request " + request.id() + " is already stored");
        }
        RequestState first = request.state().atVersion(1);
        stored.put(request.id(), first);
        contents.put(request.id(), new HashMap<>());
        audit.recordAll(request);
        writes++;
        return CertificationRequest.restore(first);
    }

    @Override
    public synchronized CertificationRequest add(CertificationRequest request, IdempotencyRecord idempotency) {
        List<String> key = List.of(idempotency.owner().value(), idempotency.key());
        if (idempotencyKeys.containsKey(key)) {
            throw new DuplicateIdempotencyKeyException("idempotency key " + idempotency.key() + " is taken");
        }
        CertificationRequest stored = add(request);
        idempotencyKeys.put(key, idempotency);
        return stored;
    }

    @Override
    public synchronized Optional<IdempotencyRecord> findIdempotencyKey(Iin owner, String key) {
        return Optional.ofNullable(idempotencyKeys.get(List.of(owner.value(), key)));
    }

    @Override
    public synchronized CertificationRequest update(CertificationRequest request) {
        RequestState current = current(request);
        RequestState next = request.state().atVersion(current.version() + 1);
        stored.put(request.id(), next);
        audit.recordNew(request.id(), next.history());
        writes++;
        return CertificationRequest.restore(next);
    }

    /** Checks both writes before making either, as the one transaction of the port does. */
    @Override
    public synchronized CertificationRequest update(CertificationRequest request, IssuedCertificate certificate) {
        current(request);
        if (register.find(certificate.number()).isPresent()) {
            throw new IllegalStateException("certificate " + certificate.number() + " is already registered");
        }
        register.add(certificate);
        return update(request);
    }

    /** An attachment's bytes are stored once, whichever request lists it (its id is the key). */
    @Override
    public synchronized CertificationRequest update(CertificationRequest request, UUID attachmentId, byte[] content) {
        if (request.state().attachments().stream().noneMatch(a -> a.id().equals(attachmentId))) {
            throw new IllegalArgumentException("attachment " + attachmentId + " is not part of request " + request.id());
        }
        current(request);
        if (contents.values().stream().anyMatch(stored -> stored.containsKey(attachmentId))) {
            throw new IllegalStateException("attachment " + attachmentId + " is already stored");
        }
        CertificationRequest updated = update(request);
        contents.get(request.id()).put(attachmentId, content.clone());
        return updated;
    }

    @Override
    public synchronized Optional<CertificationRequest> find(RequestId id) {
        return Optional.ofNullable(stored.get(id)).map(CertificationRequest::restore);
    }

    @Override
    public synchronized Optional<byte[]> attachmentContent(RequestId id, UUID attachmentId) {
        return Optional.ofNullable(contents.getOrDefault(id, Map.of()).get(attachmentId)).map(byte[]::clone);
    }

    /** Newest first as the JDBI adapter orders them: by start moment, then id (as the databases compare UUIDs). */
    @Override
    public synchronized RequestPage startedBy(Iin applicant, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        List<RequestState> all = stored.values().stream().filter(s -> s.applicant().iin().equals(applicant))
                .sorted(Comparator.comparing(RequestState::startedAt)
                        .thenComparing(s -> s.id().value().toString()).reversed())
                .toList();
        return new RequestPage(all.stream().skip(offset).limit(limit).map(CertificationRequest::restore).toList(),
                all.size());
    }

    /** Oldest first as the JDBI adapter orders them: by the last event in the history, then by id. */
    @Override
    public synchronized List<RequestId> awaitingRegistries(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return stored.values().stream()
                .filter(RequestState::asksRegistries)
                .sorted(Comparator.comparing(InMemoryCertificationRequestRepository::lastChange)
                        .thenComparing(s -> s.id().value()))
                .limit(limit)
                .map(RequestState::id)
                .toList();
    }

    @Override
    public synchronized AwaitingDecision awaitingDecision(Optional<Department> department, LocalDate today, int offset,
                                                          int limit) {
        List<RequestState> awaiting = stored.values().stream()
                .filter(s -> s.status().awaitsDecision())
                .filter(s -> department.isEmpty()
                        || s.applicant().region().map(Department::of).equals(department))
                .sorted(Comparator.comparing((RequestState s) -> s.submission().orElseThrow().decisionDue())
                        .thenComparing(s -> s.submission().orElseThrow().submittedAt())
                        .thenComparing(s -> s.id().value().toString()))
                .toList();
        long overdue = awaiting.stream().filter(s -> s.submission().orElseThrow().decisionDue().isBefore(today))
                .count();
        List<CertificationRequest> page = awaiting.stream().skip(offset).limit(limit)
                .map(CertificationRequest::restore).toList();
        return new AwaitingDecision(page, awaiting.size(), overdue);
    }

    /** The stored state of {@code request}, when it is still at the version the request was read at. */
    private RequestState current(CertificationRequest request) {
        RequestState current = stored.get(request.id());
        if (current == null || current.version() != request.version()) {
            throw new ConcurrentUpdateException("request " + request.id() + " is at version "
                    + (current == null ? "none" : current.version()) + ", not " + request.version());
        }
        return current;
    }

    private static Instant lastChange(RequestState s) {
        return s.history().stream().map(HistoryEntry::at).max(Comparator.naturalOrder()).orElse(s.startedAt());
    }

    /** How many writes succeeded: lets a test show that a step stored nothing. */
    public synchronized int writes() {
        return writes;
    }
}
