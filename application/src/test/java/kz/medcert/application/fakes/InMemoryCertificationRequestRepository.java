package kz.medcert.application.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import kz.medcert.application.port.out.ApplicantRequests;
import kz.medcert.application.port.out.CertificateIssuing;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.DecisionQueue;
import kz.medcert.application.port.out.DuplicateIdempotencyKeyException;
import kz.medcert.application.port.out.IdempotencyRecord;
import kz.medcert.application.port.out.IdempotentStarts;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.OperationalCounts;
import kz.medcert.application.port.out.RegistryRetryQueue;
import kz.medcert.application.port.out.RequestAttachments;
import kz.medcert.application.port.out.Requests;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestState;
import kz.medcert.domain.request.RequestStatus;

/**
 * Requests in memory, all the ports of the request store in one (as the JDBI adapter), keeping their contracts
 * (RequestsContract and its siblings) as the JDBI adapter does: a write succeeds only
 * at the version the request was read at, whole or not at all (with the register entry or the bytes it carries), and
 * appends the request's new history entries to the audit log; nothing a caller holds (request or bytes) shares state
 * with what is stored. Several instances of the service on one store ({@link #anotherInstance}) claim the requests
 * they retry for a lease, and a request that a write just left waiting for registries is left to that write's
 * instance for the settle time, as the JDBI adapter's claims do (on real time, so that claims lapse). Its operational
 * counts are counted from the requests it holds and the audit log it writes to.
 */
public final class InMemoryCertificationRequestRepository implements Requests, IdempotentStarts, CertificateIssuing,
        RequestAttachments, ApplicantRequests, DecisionQueue, RegistryRetryQueue, OperationalCounts {
    /** As the JDBI adapter's defaults. */
    public static final Duration DEFAULT_RETRY_LEASE = Duration.ofMinutes(5);
    public static final Duration DEFAULT_SETTLE_TIME = Duration.ofSeconds(6);
    private static final String SETTLING = "settling:";

    private final Store store;
    private final String instance = UUID.randomUUID().toString();
    private final Duration retryLease;
    private final Duration settleTime;
    private final Clock wallClock;

    /** What the instances of the service on one store share; every access holds its lock. */
    private static final class Store {
        final Map<RequestId, RequestState> stored = new LinkedHashMap<>();
        final Map<RequestId, Map<UUID, byte[]>> contents = new HashMap<>();
        final Map<List<String>, IdempotencyRecord> idempotencyKeys = new HashMap<>();
        final Map<RequestId, Claim> claims = new HashMap<>();
        final InMemoryCertificateRegister register;
        final InMemoryAuditTrail audit;
        int writes;

        Store(InMemoryCertificateRegister register, InMemoryAuditTrail audit) {
            this.register = register;
            this.audit = audit;
        }
    }

    /** Who may retry a request until when (a settling hold is marked {@value #SETTLING} and its writer). */
    private record Claim(String by, Instant until) {
    }

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
        this(new Store(register, audit), DEFAULT_RETRY_LEASE, DEFAULT_SETTLE_TIME, Clock.systemUTC());
    }

    /** As {@link #InMemoryCertificationRequestRepository(InMemoryCertificateRegister)}, with these claim times. */
    public InMemoryCertificationRequestRepository(InMemoryCertificateRegister register, Duration retryLease,
                                                  Duration settleTime, Clock wallClock) {
        this(new Store(register, new InMemoryAuditTrail()), retryLease, settleTime, wallClock);
    }

    private InMemoryCertificationRequestRepository(Store store, Duration retryLease, Duration settleTime,
                                                   Clock wallClock) {
        this.store = store;
        this.retryLease = positive(retryLease, "retry lease");
        this.settleTime = positive(settleTime, "settle time");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
    }

    /** Another instance of the service on this store: its own claims, the same requests, register and audit log. */
    public InMemoryCertificationRequestRepository anotherInstance(Duration retryLease, Duration settleTime) {
        return new InMemoryCertificationRequestRepository(store, retryLease, settleTime, wallClock);
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("the " + name + " must be positive, not " + value);
        }
        return value;
    }

    @Override
    public CertificationRequest add(CertificationRequest request) {
        synchronized (store) {
            if (store.stored.containsKey(request.id())) {
                throw new IllegalStateException("request " + request.id() + " is already stored");
            }
            RequestState first = request.state().atVersion(1);
            store.stored.put(request.id(), first);
            store.contents.put(request.id(), new HashMap<>());
            store.audit.recordAll(request);
            store.writes++;
            return CertificationRequest.restore(first);
        }
    }

    @Override
    public CertificationRequest addUnderKey(CertificationRequest request, IdempotencyRecord idempotency) {
        synchronized (store) {
            List<String> key = List.of(idempotency.owner().value(), idempotency.key());
            if (store.idempotencyKeys.containsKey(key)) {
                throw new DuplicateIdempotencyKeyException("idempotency key " + idempotency.key() + " is taken");
            }
            CertificationRequest stored = add(request);
            store.idempotencyKeys.put(key, idempotency);
            return stored;
        }
    }

    @Override
    public Optional<IdempotencyRecord> findKey(Iin owner, String key) {
        synchronized (store) {
            return Optional.ofNullable(store.idempotencyKeys.get(List.of(owner.value(), key)));
        }
    }

    @Override
    public CertificationRequest save(CertificationRequest request) {
        synchronized (store) {
            RequestState current = current(request);
            RequestState next = request.state().atVersion(current.version() + 1);
            store.stored.put(request.id(), next);
            settle(next);
            store.audit.recordNew(request.id(), next.history());
            store.writes++;
            return CertificationRequest.restore(next);
        }
    }

    /** The notifications are stored only when the change is (as in the one transaction of the port). */
    @Override
    public CertificationRequest saveWithNotifications(CertificationRequest request, List<Notification> notifications) {
        synchronized (store) {
            CertificationRequest stored = save(request);
            store.register.outbox().store(notifications);
            return stored;
        }
    }

    /** Checks both writes before making either, as the one transaction of the port does. */
    @Override
    public CertificationRequest issue(CertificationRequest request, IssuedCertificate certificate) {
        synchronized (store) {
            current(request);
            if (store.register.find(certificate.number()).isPresent()) {
                throw new IllegalStateException("certificate " + certificate.number() + " is already registered");
            }
            store.register.add(certificate);
            return save(request);
        }
    }

    /** The serial is drawn and given back if the write fails, as the one transaction of the port rolls it back. */
    @Override
    public IssuedRequest issueUnderNextSerial(Year year, LongFunction<IssuedRequest> decision) {
        synchronized (store) {
            long serial = store.register.nextSerial(year);
            try {
                IssuedRequest draft = decision.apply(serial);
                IssuedRequest issued = new IssuedRequest(issue(draft.request(), draft.certificate()),
                        draft.certificate(), draft.notifications());
                store.register.outbox().store(draft.notifications());
                return issued;
            } catch (RuntimeException e) {
                store.register.giveBackSerial(year, serial);
                throw e;
            }
        }
    }

    /** An attachment's bytes are stored once, whichever request lists it (its id is the key). */
    @Override
    public CertificationRequest attach(CertificationRequest request, UUID attachmentId, byte[] content) {
        synchronized (store) {
            if (request.state().attachments().stream().noneMatch(a -> a.id().equals(attachmentId))) {
                throw new IllegalArgumentException("attachment " + attachmentId + " is not part of request "
                        + request.id());
            }
            current(request);
            if (store.contents.values().stream().anyMatch(stored -> stored.containsKey(attachmentId))) {
                throw new IllegalStateException("attachment " + attachmentId + " is already stored");
            }
            CertificationRequest updated = save(request);
            store.contents.get(request.id()).put(attachmentId, content.clone());
            return updated;
        }
    }

    @Override
    public Optional<CertificationRequest> find(RequestId id) {
        synchronized (store) {
            return Optional.ofNullable(store.stored.get(id)).map(CertificationRequest::restore);
        }
    }

    @Override
    public StoredUploads storedUploads(RequestId id) {
        synchronized (store) {
            Map<UUID, byte[]> stored = store.contents.getOrDefault(id, Map.of());
            return new StoredUploads(stored.size(), stored.values().stream().mapToLong(bytes -> bytes.length).sum());
        }
    }

    @Override
    public Optional<byte[]> content(RequestId id, UUID attachmentId) {
        synchronized (store) {
            return Optional.ofNullable(store.contents.getOrDefault(id, Map.of()).get(attachmentId))
                    .map(byte[]::clone);
        }
    }

    /** Newest first as the JDBI adapter orders them: by start moment, then id (as the databases compare UUIDs). */
    @Override
    public RequestPage startedBy(Iin applicant, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        synchronized (store) {
            List<RequestState> all = store.stored.values().stream()
                    .filter(s -> s.applicant().iin().equals(applicant))
                    .sorted(Comparator.comparing(RequestState::startedAt)
                            .thenComparing(s -> s.id().value().toString()).reversed())
                    .toList();
            return new RequestPage(all.stream().skip(offset).limit(limit).map(CertificationRequest::restore)
                    .toList(), all.size());
        }
    }

    /**
     * Oldest first as the JDBI adapter orders them (by the last event in the history, then by id), claimed for this
     * instance and the lease: a request another instance holds a live claim on, or that is settling, is passed over.
     */
    @Override
    public List<RequestId> claimDue(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        synchronized (store) {
            Instant now = wallClock.instant();
            List<RequestId> claimed = store.stored.values().stream()
                    .filter(RequestState::asksRegistries)
                    .filter(s -> claimable(s.id(), now))
                    .sorted(Comparator.comparing(InMemoryCertificationRequestRepository::lastChange)
                            .thenComparing(s -> s.id().value()))
                    .limit(limit)
                    .map(RequestState::id)
                    .toList();
            claimed.forEach(id -> store.claims.put(id, new Claim(instance, now.plus(retryLease))));
            return claimed;
        }
    }

    private boolean claimable(RequestId id, Instant now) {
        Claim claim = store.claims.get(id);
        return claim == null || claim.until().isBefore(now) || claim.by().equals(instance);
    }

    /**
     * As the JDBI adapter: a request that waits with no registry asked yet is held for its writer (who asks them
     * next) for the settle time; a later write of a request that still asks a registry ends that hold, also one that
     * goes on without it (the fallback).
     */
    private void settle(RequestState written) {
        // a request that went on without an unavailable registry still asks it (R21, R70): its hold ends too
        if (written.status() != RequestStatus.AWAITING_REGISTRIES && !written.asksRegistries()) {
            return;
        }
        boolean nothingAskedYet = written.status() == RequestStatus.AWAITING_REGISTRIES && written.fetches().stream()
                .allMatch(f -> f.status() == RegistryFetch.FetchStatus.PENDING);
        if (nothingAskedYet) {
            store.claims.put(written.id(), new Claim(SETTLING + instance, wallClock.instant().plus(settleTime)));
        } else {
            store.claims.computeIfPresent(written.id(), (id, claim) -> claim.by().startsWith(SETTLING) ? null
                    : claim);
        }
    }

    @Override
    public AwaitingDecision awaitingDecision(Optional<Department> department, Optional<RequestStatus> status,
                                             Optional<SpecialtyCode> specialty, LocalDate today, int offset,
                                             int limit) {
        synchronized (store) {
            List<RequestState> awaiting = store.stored.values().stream()
                    .filter(s -> s.status().awaitsDecision())
                    .filter(s -> status.isEmpty() || status.get() == s.status())
                    .filter(s -> specialty.isEmpty() || specialty.get().equals(s.form().declaredSpecialty()))
                    .filter(s -> department.isEmpty()
                            || s.applicant().region().map(Department::of).equals(department))
                    .sorted(Comparator.comparing((RequestState s) -> s.submission().orElseThrow().decisionDue())
                            .thenComparing(s -> s.submission().orElseThrow().submittedAt())
                            .thenComparing(s -> s.id().value().toString()))
                    .toList();
            long overdue = awaiting.stream()
                    .filter(s -> s.submission().orElseThrow().decisionDue().isBefore(today)).count();
            List<CertificationRequest> page = awaiting.stream().skip(offset).limit(limit)
                    .map(CertificationRequest::restore).toList();
            return new AwaitingDecision(page, awaiting.size(), overdue);
        }
    }

    @Override
    public Map<RequestStatus, Long> requestsByStatus() {
        synchronized (store) {
            Map<RequestStatus, Long> counts = new EnumMap<>(RequestStatus.class);
            store.stored.values().forEach(s -> counts.merge(s.status(), 1L, Long::sum));
            return counts;
        }
    }

    /** A request without a region has no department and is counted for none, as in the JDBI adapter. */
    @Override
    public Map<Department, AwaitingDecisionCount> awaitingDecisionByDepartment(LocalDate today) {
        Objects.requireNonNull(today, "today");
        synchronized (store) {
            Map<Department, long[]> counts = new HashMap<>();
            store.stored.values().stream().filter(s -> s.status().awaitsDecision())
                    .forEach(s -> s.applicant().region().map(Department::of).ifPresent(department -> {
                        long[] count = counts.computeIfAbsent(department, d -> new long[2]);
                        count[0]++;
                        if (s.submission().orElseThrow().decisionDue().isBefore(today)) {
                            count[1]++;
                        }
                    }));
            Map<Department, AwaitingDecisionCount> answer = new HashMap<>();
            counts.forEach((department, count) -> answer.put(department, new AwaitingDecisionCount(count[0],
                    count[1])));
            return answer;
        }
    }

    @Override
    public long auditChainLength() {
        return store.audit.all().size();
    }

    /** The stored state of {@code request}, when it is still at the version the request was read at. */
    private RequestState current(CertificationRequest request) {
        RequestState current = store.stored.get(request.id());
        if (current == null || current.version() != request.version()) {
            throw new ConcurrentUpdateException("request " + request.id() + " is at version "
                    + (current == null ? "none" : current.version()) + ", not " + request.version());
        }
        return current;
    }

    private static Instant lastChange(RequestState s) {
        return s.history().stream().map(HistoryEntry::at).max(Comparator.naturalOrder()).orElse(s.startedAt());
    }

    /** How many writes succeeded (on this store, by any instance): lets a test show that a step stored nothing. */
    public int writes() {
        synchronized (store) {
            return store.writes;
        }
    }
}
