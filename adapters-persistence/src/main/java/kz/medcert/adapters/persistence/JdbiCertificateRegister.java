package kz.medcert.adapters.persistence;

import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.person.Iin;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The certificate register in a relational database through JDBI, one transaction per method. An entry is inserted
 * once; the only change it admits is its revocation, written only while the stored entry is not yet revoked, so that of
 * two concurrent revocations exactly one is kept.
 */
public final class JdbiCertificateRegister implements CertificateRegister {
    private static final String SELECT = "SELECT " + IssuedCertificateRow.COLUMNS + " FROM issued_certificate ";
    private static final String INSERT = "INSERT INTO issued_certificate (" + IssuedCertificateRow.COLUMNS
            + ") VALUES (" + IssuedCertificateRow.PARAMETERS + ")";
    private static final String REVOKE = "UPDATE issued_certificate SET revoked_on = :revokedOn, "
            + "revocation_ground = :revocationGround, revocation_reason = :revocationReason, revoked_by = :revokedBy "
            + "WHERE number = :number AND revoked_on IS NULL";
    private static final int SERIAL_ATTEMPTS = 10;

    private final Jdbi jdbi;

    @Inject
    public JdbiCertificateRegister(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Optional<IssuedCertificate> find(CertificateNumber number) {
        return jdbi.withHandle(h -> find(h, number));
    }

    @Override
    public void add(IssuedCertificate certificate) {
        try {
            jdbi.useTransaction(h -> insert(h, certificate));
        } catch (StatementException e) {
            if (sqlState(e).equals("23505")) {
                throw new IllegalStateException("certificate " + certificate.number() + " is already registered", e);
            }
            throw e;
        }
    }

    @Override
    public IssuedCertificate update(IssuedCertificate certificate, Instant at) {
        IssuedCertificateRow row = IssuedCertificateRow.of(certificate);
        try {
            return jdbi.inTransaction(h -> {
                IssuedCertificate stored = find(h, certificate.number()).orElseThrow(() -> new IllegalStateException(
                        "certificate " + certificate.number() + " is not registered"));
                if (stored.equals(certificate)) {
                    return stored;
                }
                if (!withoutRevocation(stored).equals(withoutRevocation(certificate))) {
                    throw new IllegalArgumentException("a register entry changes only by revocation: "
                            + certificate.number());
                }
                if (stored.revocation().isPresent() || row.bindTo(h.createUpdate(REVOKE)).execute() == 0) {
                    throw new ConcurrentUpdateException("certificate " + certificate.number()
                            + " was already revoked");
                }
                Revocation revocation = certificate.revocation().orElseThrow();
                AuditLog.appendCertificateStep(h, certificate.number(), at, revocation.revokedBy(),
                        "CERTIFICATE_REVOKED", "certificate " + certificate.number().value() + " revoked on "
                                + revocation.revokedOn() + "; ground " + revocation.ground() + "; "
                                + revocation.reason());
                return find(h, certificate.number()).orElseThrow();
            });
        } catch (StatementException e) {
            if (sqlState(e).startsWith("40")) {
                throw new ConcurrentUpdateException("certificate " + certificate.number()
                        + " was revoked concurrently (SQLSTATE " + sqlState(e) + ")");
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
                String state = sqlState(e);
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

    /** Inserts an entry inside the caller's transaction (a decision stores its request and entry together). */
    static void insert(Handle h, IssuedCertificate certificate) {
        IssuedCertificateRow.of(certificate).bindTo(h.createUpdate(INSERT)).execute();
    }

    private static long drawSerial(Handle h, int year) {
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

    private static IssuedCertificate withoutRevocation(IssuedCertificate c) {
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(), c.qualificationLevel(),
                c.department(), c.issuedOn(), c.validUntil(), c.confirms(), Optional.empty());
    }

    private static String sqlState(StatementException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }
}
