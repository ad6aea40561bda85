package kz.medcert.adapters.persistence;

import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
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
import kz.medcert.domain.request.RequestStatus;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Requests in a relational database through JDBI: each method is one transaction, and an update only applies to
 * the version it was read at (optimistic locking), so nothing is ever half written or silently overwritten. Each
 * write appends the request's new history entries to the audit log in the same transaction ({@link AuditLog}).
 */
public final class JdbiCertificationRequestRepository implements CertificationRequestRepository {
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

    private final Jdbi jdbi;

    @Inject
    public JdbiCertificationRequestRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public CertificationRequest add(CertificationRequest request) {
        CertificationRequestRow row = CertificationRequestRow.of(request, 1);
        return inTransaction(request.id(), "request " + request.id() + " is already stored", h -> {
            row.bindTo(h.createUpdate(INSERT)).execute();
            AuditLog.appendAll(h, request.id(), request.state().history());
            return row.toDomain();
        });
    }

    /** The key's row goes in first: a taken key (SQLSTATE 23505 on its primary key) stores nothing. */
    @Override
    public CertificationRequest add(CertificationRequest request, IdempotencyRecord idempotency) {
        CertificationRequestRow row = CertificationRequestRow.of(request, 1);
        return inTransaction(request.id(), "request " + request.id() + " is already stored", h -> {
            row.bindTo(h.createUpdate(INSERT)).execute();
            try {
                h.createUpdate("INSERT INTO idempotency_key (owner_iin, idem_key, fingerprint, request_id) "
                                + "VALUES (:owner, :key, :fingerprint, :requestId)")
                        .bind("owner", idempotency.owner().value()).bind("key", idempotency.key())
                        .bind("fingerprint", idempotency.fingerprint()).bind("requestId", request.id().value())
                        .execute();
            } catch (StatementException e) {
                if (sqlState(e).equals("23505")) {
                    throw new DuplicateIdempotencyKeyException("idempotency key " + idempotency.key()
                            + " is already used");
                }
                throw e;
            }
            AuditLog.appendAll(h, request.id(), request.state().history());
            return row.toDomain();
        });
    }

    @Override
    public Optional<IdempotencyRecord> findIdempotencyKey(Iin owner, String key) {
        return jdbi.withHandle(h -> h.createQuery("SELECT fingerprint, request_id FROM idempotency_key "
                        + "WHERE owner_iin = :owner AND idem_key = :key")
                .bind("owner", owner.value()).bind("key", key)
                .map((rs, ctx) -> new IdempotencyRecord(owner, key, rs.getString("fingerprint"),
                        RequestId.parse(rs.getString("request_id"))))
                .findOne());
    }

    @Override
    public CertificationRequest update(CertificationRequest request) {
        return inTransaction(request.id(), "request " + request.id() + " clashes with a stored key", h -> {
            CertificationRequest stored = replace(h, request);
            audit(h, request);
            return stored;
        });
    }

    @Override
    public CertificationRequest update(CertificationRequest request, IssuedCertificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        return inTransaction(request.id(), "certificate " + certificate.number() + " is already registered", h -> {
            CertificationRequest stored = replace(h, request);
            JdbiCertificateRegister.insert(h, certificate);
            audit(h, request);
            // after the audit head is taken, so that concurrent decisions for one holder are marked in turn
            HistoryEntry decision = request.state().history().get(request.state().history().size() - 1);
            JdbiCertificateRegister.supersedeEarlier(h, certificate, decision.at(), decision.actor());
            return stored;
        });
    }

    @Override
    public CertificationRequest update(CertificationRequest request, UUID attachmentId, byte[] content) {
        Objects.requireNonNull(attachmentId, "attachmentId");
        Objects.requireNonNull(content, "content");
        if (request.state().attachments().stream().noneMatch(a -> a.id().equals(attachmentId))) {
            throw new IllegalArgumentException("attachment " + attachmentId + " is not listed in request "
                    + request.id());
        }
        byte[] copy = content.clone();
        return inTransaction(request.id(), "attachment " + attachmentId + " is already stored", h -> {
            CertificationRequest stored = replace(h, request);
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
    public Optional<byte[]> attachmentContent(RequestId id, UUID attachmentId) {
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
     * By the indexed {@code asks_registries} column (V14): requests awaiting the registries, and those gone on without
     * a registry unavailable for the applicant, up to the decision (R21, R70).
     */
    @Override
    public List<RequestId> awaitingRegistries(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        return jdbi.inTransaction(h -> h.createQuery("SELECT id FROM certification_request WHERE "
                        + "asks_registries = TRUE ORDER BY updated_at, id LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> RequestId.parse(rs.getString("id")))
                .list());
    }

    /**
     * By the indexed {@code department} column; rows written before it existed (NULL) are read too and filtered by
     * the region inside their state.
     */
    @Override
    public AwaitingDecision awaitingDecision(Optional<Department> department, LocalDate today, int offset,
                                             int limit) {
        String where = " FROM certification_request WHERE status IN (:accepted, :proposed)"
                + (department.isPresent() ? " AND department = :department" : "");
        return jdbi.inTransaction(h -> {
            var counts = h.createQuery("SELECT COUNT(*) AS total, "
                    + "COALESCE(SUM(CASE WHEN decision_due < :today THEN 1 ELSE 0 END), 0) AS overdue" + where);
            var page = h.createQuery("SELECT " + CertificationRequestRow.COLUMNS + where
                    // rows submitted before V8 have no copy of the due date: the oldest, so first
                    + " ORDER BY decision_due NULLS FIRST, submitted_at NULLS FIRST, id"
                    + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY");
            for (var query : List.of(counts, page)) {
                query.bind("accepted", RequestStatus.ACCEPTED.name())
                        .bind("proposed", RequestStatus.REFUSAL_PROPOSED.name());
                department.ifPresent(d -> query.bind("department", d.code()));
            }
            long[] totals = counts.bind("today", today)
                    .map((rs, ctx) -> new long[] {rs.getLong("total"), rs.getLong("overdue")}).one();
            List<CertificationRequest> requests = page.bind("offset", offset).bind("limit", limit)
                    .map(CertificationRequestRow::read).stream().map(CertificationRequestRow::toDomain).toList();
            return new AwaitingDecision(requests, totals[0], totals[1]);
        });
    }

    private static CertificationRequest replace(Handle h, CertificationRequest request) {
        CertificationRequestRow row = CertificationRequestRow.of(request, request.version() + 1);
        int updated = row.bindTo(h.createUpdate(UPDATE)).bind("readVersion", request.version()).execute();
        if (updated == 0) {
            throw new ConcurrentUpdateException(conflict(h, request));
        }
        return row.toDomain();
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
            String state = sqlState(e);
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

    private static String sqlState(StatementException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
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
