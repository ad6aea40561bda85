package kz.medcert.application.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
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
 * Requests in memory, with the port's optimistic locking: a write succeeds only at the version the request was read
 * at, and nothing a caller holds (request or bytes) shares state with what is stored.
 */
public final class InMemoryCertificationRequestRepository implements CertificationRequestRepository {
    private final Map<RequestId, RequestState> stored = new LinkedHashMap<>();
    private final Map<RequestId, Map<UUID, byte[]>> contents = new HashMap<>();
    private final InMemoryCertificateRegister register;
    private final Map<List<String>, IdempotencyRecord> idempotencyKeys = new HashMap<>();
    private int writes;

    /** With a register of its own. */
    public InMemoryCertificationRequestRepository() {
        this(new InMemoryCertificateRegister());
    }

    /** Registering the certificates that decisions issue in {@code register}. */
    public InMemoryCertificationRequestRepository(InMemoryCertificateRegister register) {
        this.register = register;
    }

    @Override
    public synchronized CertificationRequest add(CertificationRequest request) {
        if (stored.containsKey(request.id())) {
            throw new IllegalStateException("request " + request.id() + " is already stored");
        }
        RequestState first = request.state().atVersion(1);
        stored.put(request.id(), first);
        contents.put(request.id(), new HashMap<>());
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
        RequestState current = stored.get(request.id());
        if (current == null || current.version() != request.version()) {
            throw new ConcurrentUpdateException("request " + request.id() + " is at version "
                    + (current == null ? "none" : current.version()) + ", not " + request.version());
        }
        RequestState next = request.state().atVersion(current.version() + 1);
        stored.put(request.id(), next);
        writes++;
        return CertificationRequest.restore(next);
    }

    /** Checks both writes before making either, as the one transaction of the port does. */
    @Override
    public synchronized CertificationRequest update(CertificationRequest request, IssuedCertificate certificate) {
        RequestState current = stored.get(request.id());
        if (current == null || current.version() != request.version()) {
            throw new ConcurrentUpdateException("request " + request.id() + " is not at version "
                    + request.version());
        }
        if (register.find(certificate.number()).isPresent()) {
            throw new IllegalStateException("certificate " + certificate.number() + " is already registered");
        }
        register.add(certificate);
        return update(request);
    }

    /** The serial is drawn and given back if the write fails, as the one transaction of the port rolls it back. */
    @Override
    public synchronized IssuedRequest updateIssuing(Year year, LongFunction<IssuedRequest> decision) {
        long serial = register.nextSerial(year);
        try {
            IssuedRequest draft = decision.apply(serial);
            return new IssuedRequest(update(draft.request(), draft.certificate()), draft.certificate());
        } catch (RuntimeException e) {
            register.giveBackSerial(year, serial);
            throw e;
        }
    }

    @Override
    public synchronized CertificationRequest update(CertificationRequest request, UUID attachmentId, byte[] content) {
        if (request.state().attachments().stream().noneMatch(a -> a.id().equals(attachmentId))) {
            throw new IllegalArgumentException("attachment " + attachmentId + " is not part of request " + request.id());
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
    public synchronized StoredUploads storedUploads(RequestId id) {
        Map<UUID, byte[]> stored = contents.getOrDefault(id, Map.of());
        return new StoredUploads(stored.size(), stored.values().stream().mapToLong(bytes -> bytes.length).sum());
    }

    @Override
    public synchronized Optional<byte[]> attachmentContent(RequestId id, UUID attachmentId) {
        return Optional.ofNullable(contents.getOrDefault(id, Map.of()).get(attachmentId)).map(byte[]::clone);
    }

    /** Oldest first as the JDBI adapter orders them: by the last event in the history, then by id. */
    @Override
    public synchronized List<RequestId> awaitingRegistries(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return stored.values().stream()
                .filter(s -> s.status() == RequestStatus.AWAITING_REGISTRIES)
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

    private static Instant lastChange(RequestState s) {
        return s.history().stream().map(HistoryEntry::at).max(Comparator.naturalOrder()).orElse(s.startedAt());
    }

    /** How many writes succeeded: lets a test show that a step stored nothing. */
    public synchronized int writes() {
        return writes;
    }
}
