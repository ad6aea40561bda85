package kz.medcert.adapters.persistence;

import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import kz.medcert.application.port.out.ApplicantRequests;
import kz.medcert.application.port.out.CertificateIssuing;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.DecisionQueue;
import kz.medcert.application.port.out.DuplicateIdempotencyKeyException;
import kz.medcert.application.port.out.IdempotencyRecord;
import kz.medcert.application.port.out.IdempotentStarts;
import kz.medcert.application.port.out.Notification;
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
import kz.medcert.domain.request.RequestStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Requests in a relational database through JDBI, all the ports of the request store in one (they share the rows,
 * the transactions and this instance's retry claims): each method is one transaction, and a write only applies to
 * the version it was read at (optimistic locking), so nothing is ever half written or silently overwritten. Each
 * write appends the request's new history entries to the audit log in the same transaction ({@link AuditLog}).
 */
public final class JdbiCertificationRequestRepository implements Requests, IdempotentStarts, CertificateIssuing,
        RequestAttachments, ApplicantRequests, DecisionQueue, RegistryRetryQueue {
    private static final String INSERT = "INSERT INTO certification_request (" + CertificationRequestRow.COLUMNS
            + ") VALUES (:id, :applicantIin, :status, :version, :startedAt, :updatedAt, :stateFormat, :state, "
            + ":department, :decisionDue, :submittedAt, :asksRegistries)";
    private static final String UPDATE = "UPDATE certification_request SET status = :status, "
            + "version = version + 1, updated_at = :updatedAt, state_format = :stateFormat, state = :state, "
            + "department = :department, decision_due = :decisionDue, submitted_at = :submittedAt, "
            + "asks_registries = :asksRegistries WHERE id = :id AND version = :readVersion";
    private static final String INSERT_CONTENT = "INSERT INTO request_attachment_content "
            + "(attachment_id, request_id, byte_count, sha256, content) "
            + "VALUES (:attachmentId, :requestId, :byteCount, :sha256, :content)";

    /** Long enough for a round of retries at the registries' time limit; see {@link #claimDue}. */
    public static final Duration DEFAULT_RETRY_LEASE = Duration.ofMinutes(5);
    /** The registries' default time limit and a second: how long the writer of a waiting request asks them alone. */
    public static final Duration DEFAULT_SETTLE_TIME = Duration.ofSeconds(6);
    private static final String CLAIMABLE = "asks_registries = TRUE AND (retry_claimed_until IS NULL "
            + "OR retry_claimed_until < :now OR retry_claimed_by = :me)";
    private static final int ISSUE_ATTEMPTS = 8;
    /** The mark of a hold while a writer asks the registries ({@link #settle}); no worker renews it. */
    private static final String SETTLING = "settling:";

    private final Jdbi jdbi;
    private final String instance;
    private final Duration retryLease;
    private final Duration settleTime;
    private final Clock wallClock;

    @Inject
    public JdbiCertificationRequestRepository(Jdbi jdbi) {
        this(jdbi, DEFAULT_RETRY_LEASE, DEFAULT_SETTLE_TIME, Clock.systemUTC());
    }

    public JdbiCertificationRequestRepository(Jdbi jdbi, Duration retryLease) {
        this(jdbi, retryLease, DEFAULT_SETTLE_TIME, Clock.systemUTC());
    }

    /**
     * @param retryLease how long this instance's claim on a request it retries lasts (see {@link #claimDue})
     * @param settleTime how long a request that a write leaves waiting for registries is left to that write's
     *                   instance alone, which asks the registries right after it (the consent, a retry): at least the
     *                   registries' time limit
     * @param wallClock  real time, for the claims (never a test's fixed clock: claims must lapse). The instances'
     *                   clocks are assumed to agree to seconds (NTP); a lease is minutes
     */
    public JdbiCertificationRequestRepository(Jdbi jdbi, Duration retryLease, Duration settleTime, Clock wallClock) {
        this.jdbi = jdbi;
        this.retryLease = positive(retryLease, "retry lease");
        this.settleTime = positive(settleTime, "settle time");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        this.instance = UUID.randomUUID().toString();
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
        CertificationRequest stored = atVersion(request, 1);
        CertificationRequestRow row = CertificationRequestRow.of(stored, stored.version());
        return inTransaction(request.id(), "request " + request.id() + " is already stored", h -> {
            row.bindTo(h.createUpdate(INSERT)).execute();
            RequestQueueRow.write(h, request.state());
            AuditLog.appendAll(h, request.id(), request.state().history());
            return stored;
        });
    }

    /** The key's row goes in first: a taken key (SQLSTATE 23505 on its primary key) stores nothing. */
    @Override
    public CertificationRequest addUnderKey(CertificationRequest request, IdempotencyRecord idempotency) {
        CertificationRequest stored = atVersion(request, 1);
        CertificationRequestRow row = CertificationRequestRow.of(stored, stored.version());
        return inTransaction(request.id(), "request " + request.id() + " is already stored", h -> {
            row.bindTo(h.createUpdate(INSERT)).execute();
            RequestQueueRow.write(h, request.state());
            try {
                h.createUpdate("INSERT INTO idempotency_key (owner_iin, idem_key, fingerprint, request_id) "
                                + "VALUES (:owner, :key, :fingerprint, :requestId)")
                        .bind("owner", idempotency.owner().value()).bind("key", idempotency.key())
                        .bind("fingerprint", idempotency.fingerprint()).bind("requestId", request.id().value())
                        .execute();
            } catch (StatementException e) {
                if (Transactions.sqlState(e).equals("23505")) {
                    throw new DuplicateIdempotencyKeyException("idempotency key " + idempotency.key()
                            + " is already used");
                }
                throw e;
            }
            AuditLog.appendAll(h, request.id(), request.state().history());
            return stored;
        });
    }

    @Override
    public Optional<IdempotencyRecord> findKey(Iin owner, String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT fingerprint, request_id FROM idempotency_key "
                        + "WHERE owner_iin = :owner AND idem_key = :key")
                .bind("owner", owner.value()).bind("key", key)
                .map((rs, ctx) -> new IdempotencyRecord(owner, key, rs.getString("fingerprint"),
                        RequestId.parse(rs.getString("request_id"))))
                .findOne());
    }

    @Override
    public CertificationRequest save(CertificationRequest request) {
        return inTransaction(request.id(), "request " + request.id() + " clashes with a stored key", h -> {
            CertificationRequest stored = replace(h, request);
            settle(h, stored);
            audit(h, request);
            return stored;
        });
    }

    /** The outbox rows go in before the audit entries, which hold the chain's head to the commit. */
    @Override
    public CertificationRequest saveWithNotifications(CertificationRequest request,
                                                      List<Notification> notifications) {
        List<Notification> notices = List.copyOf(notifications);
        return inTransaction(request.id(), "request " + request.id() + " clashes with a stored key", h -> {
            CertificationRequest stored = replace(h, request);
            settle(h, stored);
            OutboxRows.insert(h, notices, wallClock.instant());
            audit(h, request);
            return stored;
        });
    }

    @Override
    public CertificationRequest issue(CertificationRequest request, IssuedCertificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        return inTransaction(request.id(), "certificate " + certificate.number() + " is already registered",
                h -> storeIssued(h, request, certificate));
    }

    /**
     * The serial is drawn first: the counter's row stays locked to the commit, so issues queue there (as their audit
     * entries do at the chain's head), and a decision that then loses its race rolls the serial back with the rest. A
     * serialization failure or a first draw of the year at once (HSQLDB) is run again; it wrote nothing.
     */
    @Override
    public IssuedRequest issueUnderNextSerial(Year year, LongFunction<IssuedRequest> decision) {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(decision, "decision");
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> {
                    IssuedRequest draft = decision.apply(JdbiCertificateRegister.drawSerial(h, year.getValue()));
                    OutboxRows.insert(h, draft.notifications(), wallClock.instant());
                    return new IssuedRequest(storeIssued(h, draft.request(), draft.certificate()),
                            draft.certificate(), draft.notifications());
                });
            } catch (StatementException e) {
                String state = Transactions.sqlState(e);
                if (state.equals("23513") || state.equals("23514")) {
                    throw new IllegalStateException("the certificate serials of " + year + " are exhausted", e);
                }
                boolean again = state.startsWith("40") || state.equals("23505");
                if (!again) {
                    throw e;
                }
                if (attempt == ISSUE_ATTEMPTS) {
                    throw state.equals("23505") ? new IllegalStateException("the certificate's number is already "
                            + "registered", e) : new ConcurrentUpdateException("the certificate could not be issued "
                            + "for the writes at the same time (SQLSTATE " + state + ")");
                }
            }
        }
    }

    /**
     * The request at its next version, the register entry, the audit entries, and the marking of what the new entry
     * replaces (R14, R75, audited as CERTIFICATE_SUPERSEDED steps of the decision): one decision to issue, whichever
     * path issues it.
     */
    private static CertificationRequest storeIssued(Handle h, CertificationRequest request,
                                                    IssuedCertificate certificate) {
        CertificationRequest stored = replace(h, request);
        JdbiCertificateRegister.insert(h, certificate);
        audit(h, request);
        // after the audit head is taken, so that concurrent decisions for one holder are marked in turn
        HistoryEntry decision = request.state().history().get(request.state().history().size() - 1);
        JdbiCertificateRegister.supersedeEarlier(h, certificate, decision.at(), decision.actor());
        return stored;
    }

    @Override
    public CertificationRequest attach(CertificationRequest request, UUID attachmentId, byte[] content) {
        Objects.requireNonNull(attachmentId, "attachmentId");
        Objects.requireNonNull(content, "content");
        if (request.state().attachments().stream().noneMatch(a -> a.id().equals(attachmentId))) {
            throw new IllegalArgumentException("attachment " + attachmentId + " is not listed in request "
                    + request.id());
        }
        byte[] copy = content.clone();
        return inTransaction(request.id(), "attachment " + attachmentId + " is already stored", h -> {
            CertificationRequest stored = replace(h, request);
            settle(h, stored);
            h.createUpdate(INSERT_CONTENT).bind("attachmentId", attachmentId).bind("requestId", request.id().value())
                    .bind("byteCount", (long) copy.length).bind("sha256", sha256(copy)).bind("content", copy)
                    .execute();
            audit(h, request);
            return stored;
        });
    }

    @Override
    public Optional<CertificationRequest> find(RequestId id) {
        return jdbi.inTransaction(h -> h.createQuery("SELECT " + CertificationRequestRow.COLUMNS
                        + " FROM certification_request WHERE id = :id")
                .bind("id", id.value())
                .map(CertificationRequestRow::read)
                .findOne()
                .map(CertificationRequestRow::toDomain));
    }

    @Override
    public Optional<byte[]> content(RequestId id, UUID attachmentId) {
        return jdbi.inTransaction(h -> h.createQuery("SELECT sha256, content FROM request_attachment_content "
                        + "WHERE request_id = :requestId AND attachment_id = :attachmentId")
                .bind("requestId", id.value())
                .bind("attachmentId", attachmentId)
                .map((rs, ctx) -> verified(attachmentId, rs.getString("sha256"), rs.getBytes("content")))
                .findOne());
    }

    /** By the applicant's index (V1); only the page's rows are parsed. */
    @Override
    public RequestPage startedBy(Iin applicant, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("a page starts at 0 or later and holds 1 or more, not offset "
                    + offset + " and limit " + limit);
        }
        return jdbi.inTransaction(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM certification_request WHERE applicant_iin = :iin")
                    .bind("iin", applicant.value()).mapTo(Long.class).one();
            List<CertificationRequest> page = h.createQuery("SELECT " + CertificationRequestRow.COLUMNS
                            + " FROM certification_request WHERE applicant_iin = :iin ORDER BY started_at DESC, id DESC"
                            + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                    .bind("iin", applicant.value()).bind("offset", offset).bind("limit", limit)
                    .map(CertificationRequestRow::read).stream().map(CertificationRequestRow::toDomain).toList();
            return new RequestPage(page, total);
        });
    }

    /**
     * One row read through the index on applicant, start moment and id (V32; HSQLDB walks an index for ORDER BY only
     * when it names the index's columns, hence the fixed applicant too), nothing counted.
     */
    @Override
    public Optional<CertificationRequest> latestStartedBy(Iin applicant) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + CertificationRequestRow.COLUMNS
                        + " FROM certification_request WHERE applicant_iin = :iin "
                        + "ORDER BY applicant_iin DESC, started_at DESC, id DESC FETCH FIRST 1 ROWS ONLY")
                .bind("iin", applicant.value())
                .map(CertificationRequestRow::read)
                .findOne()
                .map(CertificationRequestRow::toDomain));
    }

    @Override
    public StoredUploads storedUploads(RequestId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) AS files, COALESCE(SUM(byte_count), 0) AS bytes "
                        + "FROM request_attachment_content WHERE request_id = :requestId")
                .bind("requestId", id.value())
                .map((rs, ctx) -> new StoredUploads(rs.getInt("files"), rs.getLong("bytes"))).one());
    }

    /**
     * Claims, for this instance and for the lease, up to {@code limit} requests that still ask a registry (oldest
     * first; by the indexed {@code asks_registries} column, V17: those awaiting the registries, and those gone on
     * without a registry unavailable for the applicant, up to the decision, R21, R70) that no other instance holds a live claim on, and returns them: of two instances on one database, only one
     * retries a request, and a crashed instance's claims lapse after the lease and are taken over. This instance
     * renews its own claims at each round. Each claim is one conditional update, which a concurrent claimer waits on
     * and then finds taken. A request just left waiting by a write is not claimed before it settles ({@link #settle}).
     */
    @Override
    public List<RequestId> claimDue(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        OffsetDateTime now = wallClock.instant().atOffset(ZoneOffset.UTC);
        List<RequestId> candidates = jdbi.withHandle(h -> h.createQuery("SELECT id FROM certification_request WHERE "
                        + CLAIMABLE + " ORDER BY updated_at, id LIMIT :limit")
                .bind("now", now).bind("me", instance)
                .bind("limit", limit)
                .map((rs, ctx) -> RequestId.parse(rs.getString("id")))
                .list());
        List<RequestId> claimed = new ArrayList<>();
        for (RequestId id : candidates) {
            if (claim(id, now)) {
                claimed.add(id);
            }
        }
        return claimed;
    }

    /**
     * The write that gives consent is followed at once by its instance asking the registries (P9, P24); so that no
     * retry worker, of any instance, asks them too, a request that waits with no registry asked yet is held for that
     * writer until the registries' answers are written, or for the settle time at most (should that write never
     * come). Any later write of the waiting request ends the hold: from then on the retries' back-off decides.
     */
    private void settle(Handle h, CertificationRequest stored) {
        // a request that went on without an unavailable registry still asks it (R21, R70): its hold ends too
        if (stored.status() != RequestStatus.AWAITING_REGISTRIES && !stored.state().asksRegistries()) {
            return;
        }
        boolean nothingAskedYet = stored.status() == RequestStatus.AWAITING_REGISTRIES && stored.state().fetches()
                .stream().allMatch(f -> f.status() == RegistryFetch.FetchStatus.PENDING);
        if (nothingAskedYet) {
            h.createUpdate("UPDATE certification_request SET retry_claimed_by = :writer, retry_claimed_until = :until "
                            + "WHERE id = :id")
                    .bind("writer", SETTLING + instance).bind("id", stored.id().value())
                    .bind("until", wallClock.instant().plus(settleTime).atOffset(ZoneOffset.UTC)).execute();
        } else {
            h.createUpdate("UPDATE certification_request SET retry_claimed_by = NULL, retry_claimed_until = NULL "
                    + "WHERE id = :id AND retry_claimed_by LIKE :settling").bind("id", stored.id().value())
                    .bind("settling", SETTLING + "%").execute();
        }
    }

    private boolean claim(RequestId id, OffsetDateTime now) {
        return Transactions.claimed(jdbi, h -> h.createUpdate("UPDATE certification_request "
                        + "SET retry_claimed_by = :me, retry_claimed_until = :until WHERE id = :id AND " + CLAIMABLE)
                .bind("me", instance).bind("until", now.plus(retryLease)).bind("id", id.value())
                .bind("now", now).execute());
    }

    /**
     * From the queue's own table ({@link RequestQueueRow}): the counts and the page's ids over its narrow rows, in the
     * order of its indexes, then the page's requests by their primary key, so that a page reads only its own states.
     */
    @Override
    public AwaitingDecision awaitingDecision(Optional<Department> department, Optional<RequestStatus> status,
                                             Optional<SpecialtyCode> specialty, LocalDate today, int offset,
                                             int limit) {
        List<String> conditions = new ArrayList<>();
        department.ifPresent(d -> conditions.add("department = :department"));
        // a status that awaits no decision is in no row of the queue: the page is empty rather than widened
        status.ifPresent(s -> conditions.add("status = :status"));
        specialty.ifPresent(c -> conditions.add("declared_specialty = :specialty"));
        String where = " FROM request_queue" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ",
                conditions));
        return jdbi.inTransaction(h -> {
            var counts = h.createQuery("SELECT COUNT(*) AS total, "
                    + "COALESCE(SUM(CASE WHEN decision_due < :today THEN 1 ELSE 0 END), 0) AS overdue" + where);
            // no NULLS clause: every column of the order is NOT NULL, and HSQLDB then reads it off the index
            var ids = h.createQuery("SELECT request_id" + where + " ORDER BY decision_due, submitted_at, request_id"
                    + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY");
            for (var query : List.of(counts, ids)) {
                department.ifPresent(d -> query.bind("department", d.code()));
                status.ifPresent(s -> query.bind("status", s.name()));
                specialty.ifPresent(code -> query.bind("specialty", code.value()));
            }
            long[] totals = counts.bind("today", today)
                    .map((rs, ctx) -> new long[] {rs.getLong("total"), rs.getLong("overdue")}).one();
            List<UUID> page = ids.bind("offset", offset).bind("limit", limit)
                    .map((rs, ctx) -> rs.getObject("request_id", UUID.class)).list();
            if (page.isEmpty()) {
                return new AwaitingDecision(List.of(), totals[0], totals[1]);
            }
            Map<UUID, CertificationRequest> byId = h.createQuery("SELECT " + CertificationRequestRow.COLUMNS
                            + " FROM certification_request WHERE id IN (<ids>)")
                    .bindList("ids", page)
                    .map(CertificationRequestRow::read).stream().map(CertificationRequestRow::toDomain)
                    .collect(Collectors.toMap(r -> r.id().value(), r -> r));
            return new AwaitingDecision(page.stream().map(byId::get).toList(), totals[0], totals[1]);
        });
    }

    /**
     * Writes {@code request} over the version it was read at. The answer is the request written, at its next version,
     * not the row read back: the update's row count is the version check (0 rows: another writer changed it since),
     * and the JSON written is the domain's state, which reads back equal (RequestStateJsonTest; what a stored row
     * holds is checked when it is read).
     */
    private static CertificationRequest replace(Handle h, CertificationRequest request) {
        CertificationRequest stored = atVersion(request, request.version() + 1);
        int updated = CertificationRequestRow.of(stored, stored.version()).bindTo(h.createUpdate(UPDATE))
                .bind("readVersion", request.version()).execute();
        if (updated == 0) {
            throw new ConcurrentUpdateException(conflict(h, request));
        }
        RequestQueueRow.write(h, request.state());
        return stored;
    }

    private static CertificationRequest atVersion(CertificationRequest request, long storedVersion) {
        return CertificationRequest.restore(request.state().atVersion(storedVersion));
    }

    // Last in each transaction: the audit log's head stays locked from here to the commit, and every write of the
    // service passes through it.
    private static void audit(Handle h, CertificationRequest request) {
        AuditLog.appendNew(h, request.id(), request.state().history());
    }

    private static String conflict(Handle h, CertificationRequest request) {
        return h.createQuery("SELECT version FROM certification_request WHERE id = :id")
                .bind("id", request.id().value())
                .mapTo(Long.class)
                .findOne()
                .map(stored -> "request " + request.id() + " is at version " + stored + ", not "
                        + request.version())
                .orElse("request " + request.id() + " is not stored");
    }

    /**
     * Runs {@code work} in one transaction. A serialization failure (HSQLDB's MVCC may answer a second writer of a
     * row with one) is a concurrent update; a duplicate key is a bug of the caller, who stores something twice.
     */
    private <T> T inTransaction(RequestId id, String duplicate, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (StatementException e) {
            String state = Transactions.sqlState(e);
            if (state.startsWith("40")) {
                throw new ConcurrentUpdateException("request " + id + " was written concurrently (SQLSTATE "
                        + state + ")");
            }
            if (state.equals("23505")) {
                throw new IllegalStateException(duplicate, e);
            }
            throw e;
        }
    }

    private static byte[] verified(UUID attachmentId, String expectedSha256, byte[] content) {
        if (!sha256(content).equals(expectedSha256)) {
            throw new IllegalStateException("stored content of attachment " + attachmentId + " is corrupt");
        }
        return content;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
