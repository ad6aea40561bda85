package kz.medcert.adapters.persistence;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.certificate.Supersession;
import kz.medcert.domain.certificate.Supersessions;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.RegisterExcerpt;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The certificate register in a relational database through JDBI, one transaction per method. An entry is inserted
 * once; the changes it admits are its revocation, written only while the stored entry is not yet revoked, so that of
 * two concurrent revocations exactly one is kept, and its replacement by a later entry (R14, R75, R79), written in the
 * transaction that inserts the later one, by the domain's rule ({@link Supersessions}).
 */
public final class JdbiCertificateRegister implements CertificateRegister {
    private static final String SELECT = "SELECT " + IssuedCertificateRow.COLUMNS + " FROM issued_certificate ";
    private static final String INSERT = "INSERT INTO issued_certificate (" + IssuedCertificateRow.COLUMNS
            + ") VALUES (" + IssuedCertificateRow.PARAMETERS + ")";
    private static final String REVOKE = "UPDATE issued_certificate SET revoked_on = :revokedOn, "
            + "revocation_ground = :revocationGround, revocation_reason = :revocationReason, revoked_by = :revokedBy "
            + "WHERE number = :number AND revoked_on IS NULL";
    // R88: a revoked entry stays revoked, so it is never marked; an entry is replaced once
    private static final String SUPERSEDE = "UPDATE issued_certificate SET superseded_by = :by, superseded_on = :on "
            + "WHERE number = :number AND superseded_by IS NULL AND revoked_on IS NULL";
    private static final int SERIAL_ATTEMPTS = 10;
    private static final int SUCCESSORS_READ = 8;

    private final Jdbi jdbi;

    @Inject
    public JdbiCertificateRegister(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Optional<IssuedCertificate> find(CertificateNumber number) {
        return jdbi.getConfig(RegisterEntryCache.class).find(number, () -> jdbi.withHandle(h -> find(h, number)));
    }

    @Override
    public void add(IssuedCertificate certificate) {
        try {
            jdbi.useTransaction(h -> {
                insert(h, certificate);
                supersedeAmong(h, List.of(certificate.holder()));
            });
        } catch (StatementException e) {
            if (Transactions.sqlState(e).equals("23505")) {
                throw new IllegalStateException("certificate " + certificate.number() + " is already registered", e);
            }
            throw e;
        }
    }

    @Override
    public IssuedCertificate update(IssuedCertificate certificate, Instant at) {
        return update(certificate, at, List.of());
    }

    /** The notifications go into the outbox in the revocation's transaction (not when nothing changes). */
    @Override
    public IssuedCertificate update(IssuedCertificate certificate, Instant at, List<Notification> notifications) {
        List<Notification> notices = List.copyOf(notifications);
        IssuedCertificateRow row = IssuedCertificateRow.of(certificate);
        try {
            return jdbi.inTransaction(h -> {
                IssuedCertificate stored = find(h, certificate.number()).orElseThrow(() -> new IllegalStateException(
                        "certificate " + certificate.number() + " is not registered"));
                if (withoutSupersession(stored).equals(withoutSupersession(certificate))) {
                    return stored;
                }
                if (!asIssued(stored).equals(asIssued(certificate))) {
                    throw new IllegalArgumentException("a register entry changes only by revocation: "
                            + certificate.number());
                }
                if (stored.revocation().isPresent() || row.bindTo(h.createUpdate(REVOKE)).execute() == 0) {
                    throw new ConcurrentUpdateException("certificate " + certificate.number()
                            + " was already revoked");
                }
                Revocation revocation = certificate.revocation().orElseThrow();
                RegisterEntryCache.changed(h, List.of(certificate.number()));
                OutboxRows.insert(h, notices, Instant.now());
                AuditLog.appendCertificateStep(h, certificate.number(), at, revocation.revokedBy(),
                        "CERTIFICATE_REVOKED", "certificate " + certificate.number().value() + " revoked on "
                                + revocation.revokedOn() + "; ground " + revocation.ground() + "; "
                                + revocation.reason());
                return find(h, certificate.number()).orElseThrow();
            });
        } catch (StatementException e) {
            if (Transactions.sqlState(e).startsWith("40")) {
                throw new ConcurrentUpdateException("certificate " + certificate.number()
                        + " was revoked concurrently (SQLSTATE " + Transactions.sqlState(e) + ")");
            }
            throw e;
        }
    }

    /**
     * Increments the year's counter row, or creates it at 1. The row stays locked until commit, so concurrent callers
     * queue; a serialization failure (HSQLDB MVCC) or two first inserts of one year (duplicate key) are retried. Past
     * serial 99,999,999 the counter's check constraint refuses (IllegalStateException).
     */
    @Override
    public long nextSerial(Year year) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> drawSerial(h, year.getValue()));
            } catch (StatementException e) {
                String state = Transactions.sqlState(e);
                if (state.equals("23513") || state.equals("23514")) {
                    throw new IllegalStateException("the certificate serials of " + year + " are exhausted", e);
                }
                boolean retryable = state.startsWith("40") || state.equals("23505");
                if (!retryable || attempt == SERIAL_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<IssuedCertificate> heldBy(Iin holder) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE holder_iin = :iin ORDER BY issued_on, number")
                .bind("iin", holder.value())
                .map(IssuedCertificateRow::read)
                .map(IssuedCertificateRow::toDomain)
                .list());
    }

    /**
     * One statement, a union of index lookups (V7, V33): the entries not replaced, the revoked ones, those of each
     * named certificate's specialty and day, and in each specialty the latest and the latest not revoked by the day.
     */
    @Override
    public List<IssuedCertificate> excerpt(RegisterExcerpt excerpt) {
        String latest = "(" + SELECT + "WHERE holder_iin = :iin AND specialty = :specialty%1$d%2$s "
                + "ORDER BY holder_iin DESC, specialty DESC, issued_on DESC, number DESC LIMIT 1)";
        List<String> parts = new ArrayList<>(List.of(SELECT + "WHERE unreplaced_holder = :iin",
                SELECT + "WHERE revoked_holder = :iin"));
        List<RegisterExcerpt.CertificateDay> certificates = List.copyOf(excerpt.certificates());
        for (int i = 0; i < certificates.size(); i++) {
            parts.add(SELECT + "WHERE holder_iin = :iin AND specialty = :certificate" + i + " AND issued_on = :day" + i);
        }
        List<SpecialtyCode> specialties = List.copyOf(excerpt.specialties());
        for (int i = 0; i < specialties.size(); i++) {
            parts.add(String.format(latest, i, ""));
            parts.add(String.format(latest, i, " AND (revoked_on IS NULL OR revoked_on > :revokedAfter)"));
        }
        return jdbi.withHandle(h -> {
            Query query = h.createQuery(String.join(" UNION ", parts) + " ORDER BY issued_on, number")
                    .bind("iin", excerpt.holder().value())
                    .bindByType("revokedAfter", excerpt.day(), java.time.LocalDate.class);
            for (int i = 0; i < certificates.size(); i++) {
                query.bind("certificate" + i, certificates.get(i).specialty().value())
                        .bindByType("day" + i, certificates.get(i).issuedOn(), java.time.LocalDate.class);
            }
            for (int i = 0; i < specialties.size(); i++) {
                query.bind("specialty" + i, specialties.get(i).value());
            }
            return query.map(IssuedCertificateRow::read).map(IssuedCertificateRow::toDomain).list();
        });
    }

    /**
     * The last row of {@link #heldBy}'s order among the specialty's, read through the index on all four columns (V7;
     * HSQLDB uses an index for ORDER BY only when it names the index's columns, hence the two fixed ones too).
     */
    @Override
    public Optional<IssuedCertificate> latestHeld(Iin holder, SpecialtyCode specialty) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + "WHERE holder_iin = :iin AND specialty = :specialty "
                        + "ORDER BY holder_iin DESC, specialty DESC, issued_on DESC, number DESC LIMIT 1")
                .bind("iin", holder.value())
                .bind("specialty", specialty.value())
                .map(IssuedCertificateRow::read)
                .findOne()
                .map(IssuedCertificateRow::toDomain));
    }

    /** Inserts an entry inside the caller's transaction (a decision stores its request and entry together). */
    static void insert(Handle h, IssuedCertificate certificate) {
        IssuedCertificateRow.of(certificate).bindTo(h.createUpdate(INSERT)).execute();
        RegisterEntryCache.changed(h, List.of(certificate.number()));
    }

    /**
     * R14, R75, R79: marks, inside the caller's transaction, the entries that the newly inserted {@code certificate}
     * (or another entry of its holder) replaces, and audits each as a step of that certificate's decision ({@code at},
     * {@code actor}). Call it after the transaction has taken the audit log's head: writers queue there, so this reads
     * the holder's entries as the previous decision left them, and of two certificates issued at once in one
     * specialty the later one still replaces the earlier.
     */
    static void supersedeEarlier(Handle h, IssuedCertificate certificate, Instant at, String actor) {
        for (IssuedCertificate superseded : supersedeAmong(h, List.of(certificate.holder()))) {
            Supersession by = superseded.supersession().orElseThrow();
            AuditLog.appendCertificateStep(h, superseded.number(), at, actor, "CERTIFICATE_SUPERSEDED",
                    "certificate " + superseded.number().value() + " superseded by " + by.by().value() + " from "
                            + by.on() + " (R14, R75: one current certificate per specialty)");
        }
    }

    /** Marks what the holders' entries replace (the domain's rule over all their entries); returns what it marked. */
    private static List<IssuedCertificate> supersedeAmong(Handle h, Collection<Iin> holders) {
        if (holders.isEmpty()) {
            return List.of();
        }
        List<String> distinct = holders.stream().map(Iin::value).distinct().toList();
        List<IssuedCertificate> held = distinct.size() == 1 ? replaceableAndSuccessors(h, distinct.get(0))
                : h.createQuery(SELECT + "WHERE holder_iin IN (<holders>)")
                .bindList("holders", distinct)
                .map(IssuedCertificateRow::read)
                .map(IssuedCertificateRow::toDomain)
                .list();
        List<IssuedCertificate> pending = Supersessions.pending(held);
        if (pending.isEmpty()) {
            return List.of();
        }
        PreparedBatch batch = h.prepareBatch(SUPERSEDE);
        pending.forEach(p -> batch.bind("by", p.supersession().orElseThrow().by().value())
                .bindByType("on", p.supersession().orElseThrow().on(), java.time.LocalDate.class)
                .bind("number", p.number().value()).add());
        int[] marked = batch.execute();
        List<IssuedCertificate> done = new ArrayList<>();
        for (int i = 0; i < marked.length; i++) {
            if (marked[i] > 0) {
                done.add(pending.get(i));
            }
        }
        RegisterEntryCache.changed(h, done.stream().map(IssuedCertificate::number).toList());
        return done;
    }

    /**
     * What {@link Supersessions#pending} needs of a holder's entries to mark what it would mark over all of them: the
     * entries that can still be marked (neither replaced nor revoked, V33), and for each the entries that may replace
     * it: those after it in its specialty (read from the latest back to it, in the SQL order of {@link #heldBy}: when
     * every earlier writer marked what it replaced, only the entry just added) and those that name it as confirmed.
     * A holder's long history (thousands of same-day confirmations in the HTTP benchmark, a handful in life) is not
     * read.
     */
    private static List<IssuedCertificate> replaceableAndSuccessors(Handle h, String holder) {
        Map<CertificateNumber, IssuedCertificate> entries = new java.util.LinkedHashMap<>();
        List<IssuedCertificate> replaceable = h.createQuery(SELECT + "WHERE unreplaced_holder = :iin "
                        + "AND revoked_on IS NULL")
                .bind("iin", holder)
                .map(IssuedCertificateRow::read)
                .map(IssuedCertificateRow::toDomain)
                .list();
        replaceable.forEach(e -> entries.put(e.number(), e));
        for (IssuedCertificate earlier : replaceable) {
            for (int limit = SUCCESSORS_READ; ; limit *= SUCCESSORS_READ) {
                List<IssuedCertificate> latest = h.createQuery(SELECT + "WHERE holder_iin = :iin "
                                + "AND specialty = :specialty "
                                + "ORDER BY holder_iin DESC, specialty DESC, issued_on DESC, number DESC LIMIT " + limit)
                        .bind("iin", holder)
                        .bind("specialty", earlier.specialty().value())
                        .map(IssuedCertificateRow::read)
                        .map(IssuedCertificateRow::toDomain)
                        .list();
                latest.forEach(e -> entries.putIfAbsent(e.number(), e));
                if (latest.size() < limit || latest.stream().anyMatch(e -> e.number().equals(earlier.number()))) {
                    break;
                }
            }
            h.createQuery(SELECT + "WHERE confirms = :number")
                    .bind("number", earlier.number().value())
                    .map(IssuedCertificateRow::read)
                    .map(IssuedCertificateRow::toDomain)
                    .filter(e -> e.holder().value().equals(holder))
                    .forEach(e -> entries.putIfAbsent(e.number(), e));
        }
        return new ArrayList<>(entries.values());
    }

    /** Draws the year's next serial inside the caller's transaction; the counter's row stays locked to its end. */
    static long drawSerial(Handle h, int year) {
        int updated = h.createUpdate("UPDATE certificate_serial SET last_serial = last_serial + 1 "
                + "WHERE issue_year = :year").bind("year", year).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO certificate_serial (issue_year, last_serial) VALUES (:year, 1)")
                    .bind("year", year).execute();
            return 1;
        }
        return h.createQuery("SELECT last_serial FROM certificate_serial WHERE issue_year = :year")
                .bind("year", year).mapTo(Long.class).one();
    }

    private static Optional<IssuedCertificate> find(Handle h, CertificateNumber number) {
        return h.createQuery(SELECT + "WHERE number = :number")
                .bind("number", number.value())
                .map(IssuedCertificateRow::read)
                .findOne()
                .map(IssuedCertificateRow::toDomain);
    }

    /** The entry as issued: without its revocation and supersession, the two things the register adds later. */
    private static IssuedCertificate asIssued(IssuedCertificate c) {
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(), c.qualificationLevel(),
                c.department(), c.issuedOn(), c.validUntil(), c.confirms(), Optional.empty());
    }

    // ---- Bulk import and the expiry report -------------------------------------------------------------------------

    private static final int ADD_ALL_ATTEMPTS = 5;
    private static final int EXPORT_FETCH_SIZE = 1_000;
    // The domain's IssuedCertificate.expiresWithin in SQL: fixed-term entries whose last day lies in the window and that
    // were not revoked by then (R14, R79); CertificateRegisterContract holds the two to the same answers.
    private static final String EXPIRING = "FROM issued_certificate e WHERE e.valid_until >= :from "
            + "AND e.valid_until <= :to AND (e.revoked_on IS NULL OR e.revoked_on > e.valid_until)";
    // Confirmations.confirmedAmong in SQL: named by another entry, or replaced by a later one in its specialty (R14, R75)
    private static final String CONFIRMED = "(e.superseded_by IS NOT NULL "
            + "OR EXISTS (SELECT 1 FROM issued_certificate c WHERE c.confirms = e.number))";

    /**
     * Reads which of the batch's numbers are registered (one query), inserts the others with one prepared batch and
     * moves the serial counters, all in one transaction. Should another writer add one of the numbers, or draw the
     * first serial of a year, between the read and the insert, the transaction fails on the key and is run again,
     * then seeing that writer's rows.
     */
    @Override
    public BatchResult addAll(List<IssuedCertificate> certificates) {
        List<IssuedCertificate> batch = List.copyOf(certificates);
        batch.forEach(IssuedCertificateRow::of); // refuses what the columns cannot hold before anything is written
        if (batch.isEmpty()) {
            return new BatchResult(0, 0, List.of());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> addAll(h, batch));
            } catch (StatementException e) {
                String state = Transactions.sqlState(e);
                boolean retryable = state.startsWith("40") || state.equals("23505");
                if (!retryable || attempt == ADD_ALL_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<ExpiryCount> countExpiring(ExpiryWindow window) {
        return jdbi.withHandle(h -> bindWindow(h.createQuery("SELECT e.department, e.specialty, COUNT(*) AS expiring, "
                + "SUM(CASE WHEN " + CONFIRMED + " THEN 1 ELSE 0 END) AS confirmed " + EXPIRING
                + inDepartment(window) + " GROUP BY e.department, e.specialty ORDER BY e.department, e.specialty"),
                window)
                .map((rs, ctx) -> new ExpiryCount(Department.parse(rs.getString("department")),
                        SpecialtyCode.of(rs.getString("specialty")), rs.getLong("expiring"), rs.getLong("confirmed")))
                .list());
    }

    /** One transaction, read in pages of {@value #EXPORT_FETCH_SIZE} rows (PostgreSQL streams only in one). */
    @Override
    public void forEachUnconfirmedExpiring(ExpiryWindow window, Consumer<IssuedCertificate> action) {
        Objects.requireNonNull(action, "action");
        jdbi.useTransaction(h -> bindWindow(h.createQuery("SELECT " + IssuedCertificateRow.COLUMNS + " " + EXPIRING
                + inDepartment(window) + " AND NOT " + CONFIRMED + " ORDER BY e.valid_until, e.number"), window)
                .setFetchSize(EXPORT_FETCH_SIZE)
                .map(IssuedCertificateRow::read)
                .useStream(rows -> rows.forEach(row -> action.accept(row.toDomain()))));
    }

    private static BatchResult addAll(Handle h, List<IssuedCertificate> batch) {
        Map<CertificateNumber, IssuedCertificate> known = new HashMap<>();
        h.createQuery(SELECT + "WHERE number IN (<numbers>)")
                .bindList("numbers", batch.stream().map(c -> c.number().value()).distinct().toList())
                .map(IssuedCertificateRow::read)
                .forEach(row -> known.put(new CertificateNumber(row.number()), row.toDomain()));
        List<IssuedCertificate> added = new ArrayList<>();
        List<CertificateNumber> conflicting = new ArrayList<>();
        int unchanged = 0;
        for (IssuedCertificate certificate : batch) {
            IssuedCertificate registered = known.putIfAbsent(certificate.number(), certificate);
            if (registered == null) {
                added.add(certificate);
            } else if (sameApartFromSupersession(registered, certificate)) {
                unchanged++;
            } else {
                conflicting.add(certificate.number());
            }
        }
        if (!added.isEmpty()) {
            PreparedBatch insert = h.prepareBatch(INSERT);
            added.forEach(c -> IssuedCertificateRow.of(c).bindTo(insert).add());
            insert.execute();
            RegisterEntryCache.changed(h, added.stream().map(IssuedCertificate::number).toList());
            moveSerialsPast(h, added);
            supersedeAmong(h, added.stream().map(IssuedCertificate::holder).collect(Collectors.toSet()));
        }
        return new BatchResult(added.size(), unchanged, conflicting);
    }

    // The register marks what a later entry replaced; a file taken in again does not say so, and need not.
    private static boolean sameApartFromSupersession(IssuedCertificate registered, IssuedCertificate imported) {
        return withoutSupersession(registered).equals(withoutSupersession(imported));
    }

    private static IssuedCertificate withoutSupersession(IssuedCertificate c) {
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(), c.qualificationLevel(),
                c.department(), c.issuedOn(), c.validUntil(), c.confirms(), c.revocation());
    }

    /** Raises each year's counter to the highest imported serial of that year, so that nextSerial skips them. */
    private static void moveSerialsPast(Handle h, List<IssuedCertificate> added) {
        Map<Integer, Long> highest = new HashMap<>();
        added.forEach(c -> CertificateNumbers.serialOf(c.number())
                .ifPresent(s -> highest.merge(s.year().getValue(), s.serial(), Math::max)));
        highest.forEach((year, serial) -> {
            int raised = h.createUpdate("UPDATE certificate_serial SET last_serial = :serial "
                    + "WHERE issue_year = :year AND last_serial < :serial")
                    .bind("year", year).bind("serial", serial).execute();
            boolean counted = raised > 0 || h.createQuery("SELECT COUNT(*) FROM certificate_serial "
                    + "WHERE issue_year = :year").bind("year", year).mapTo(Long.class).one() > 0;
            if (!counted) {
                h.createUpdate("INSERT INTO certificate_serial (issue_year, last_serial) VALUES (:year, :serial)")
                        .bind("year", year).bind("serial", serial).execute();
            }
        });
    }

    private static String inDepartment(ExpiryWindow window) {
        return window.department().isPresent() ? " AND e.department = :department" : "";
    }

    private static Query bindWindow(Query query, ExpiryWindow window) {
        query.bindByType("from", window.from(), java.time.LocalDate.class)
                .bindByType("to", window.to(), java.time.LocalDate.class);
        window.department().ifPresent(d -> query.bind("department", d.code()));
        return query;
    }
}
