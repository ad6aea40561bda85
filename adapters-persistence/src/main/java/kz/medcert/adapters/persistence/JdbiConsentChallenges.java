package kz.medcert.adapters.persistence;

import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Supplier;
import kz.medcert.application.port.out.ConsentChallenges;
import kz.medcert.application.port.out.ConsentLimits;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.RequestId;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Consent challenges in the CONSENT_CHALLENGE table, so that a code sent through one instance is confirmed through
 * any. The limits are checked and the challenge kept in one transaction that first locks the person's row of
 * CONSENT_PERSON (an update that changes nothing, after the row is made on the person's first code): a second caller
 * for the same person waits there and then counts the first one's code, on both databases. A try is spent by one
 * conditional update, so that tries at once cannot outnumber the limit.
 */
public final class JdbiConsentChallenges implements ConsentChallenges {
    private static final int ATTEMPTS = 8;
    private static final String COLUMNS = "reference, request_id, applicant_iin, code_hash, issued_at, expires_at, "
            + "tries";
    private static final String LOCK_PERSON = "UPDATE consent_person SET applicant_iin = applicant_iin "
            + "WHERE applicant_iin = :iin";
    private static final String ISSUED_SINCE = "SELECT issued_at FROM consent_challenge WHERE %s AND issued_at > :since";
    private static final String INSERT = "INSERT INTO consent_challenge (" + COLUMNS + ") VALUES (:reference, "
            + ":requestId, :iin, :codeHash, :issuedAt, :expiresAt, :tries)";
    private static final String SPEND = "UPDATE consent_challenge SET tries = tries + 1 "
            + "WHERE reference = :reference AND tries < :maxTries AND expires_at > :now";

    private final Jdbi jdbi;

    @Inject
    public JdbiConsentChallenges(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public Optional<Duration> open(ConsentChallenge challenge, ConsentLimits limits) {
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(limits, "limits");
        OffsetDateTime since = utc(challenge.issuedAt().minus(ConsentLimits.WINDOW));
        return retried(() -> jdbi.inTransaction(h -> {
            if (h.createUpdate(LOCK_PERSON).bind("iin", challenge.iin().value()).execute() == 0) {
                throw new PersonNotYetKnown(challenge.iin().value());
            }
            List<Instant> forRequest = h.createQuery(String.format(ISSUED_SINCE, "request_id = :requestId"))
                    .bind("requestId", challenge.requestId().value()).bind("since", since)
                    .map((rs, ctx) -> rs.getObject("issued_at", OffsetDateTime.class).toInstant()).list();
            List<Instant> forPerson = h.createQuery(String.format(ISSUED_SINCE, "applicant_iin = :iin"))
                    .bind("iin", challenge.iin().value()).bind("since", since)
                    .map((rs, ctx) -> rs.getObject("issued_at", OffsetDateTime.class).toInstant()).list();
            Optional<Duration> wait = limits.wait(forRequest, forPerson, challenge.issuedAt());
            if (wait.isEmpty()) {
                h.createUpdate(INSERT).bind("reference", challenge.reference())
                        .bind("requestId", challenge.requestId().value()).bind("iin", challenge.iin().value())
                        .bind("codeHash", challenge.codeHash()).bind("issuedAt", utc(challenge.issuedAt()))
                        .bind("expiresAt", utc(challenge.expiresAt())).bind("tries", challenge.tries()).execute();
            }
            return wait;
        }));
    }

    @Override
    public Optional<ConsentChallenge> find(String reference) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM consent_challenge "
                        + "WHERE reference = :reference")
                .bind("reference", reference).map(JdbiConsentChallenges::read).findOne());
    }

    @Override
    public OptionalInt spendTry(String reference, int maxTries, Instant now) {
        return retried(() -> jdbi.inTransaction(h -> {
            int spent = h.createUpdate(SPEND).bind("reference", reference).bind("maxTries", maxTries)
                    .bind("now", utc(now)).execute();
            if (spent == 0) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(h.createQuery("SELECT tries FROM consent_challenge WHERE reference = :reference")
                    .bind("reference", reference).mapTo(Integer.class).one());
        }));
    }

    private static ConsentChallenge read(ResultSet rs, StatementContext ctx) throws SQLException {
        return new ConsentChallenge(rs.getString("reference"),
                new RequestId(UUID.fromString(rs.getString("request_id"))), Iin.parse(rs.getString("applicant_iin")),
                rs.getString("code_hash"), rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(), rs.getInt("tries"));
    }

    /**
     * Runs {@code work} again after a serialization failure or a deadlock (SQLSTATE class 40: it saw nothing), or
     * once the row of a person sent a code for the first time is made (by one of the callers at once; the others find
     * it taken, which is as good).
     */
    private <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (PersonNotYetKnown e) {
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("the consent row of a person could not be made");
                }
                introduce(e.iin);
            } catch (StatementException e) {
                if (!Transactions.retryable(e) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void introduce(String iin) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO consent_person (applicant_iin) VALUES (:iin)")
                    .bind("iin", iin).execute());
        } catch (StatementException e) {
            if (!Transactions.sqlState(e).equals("23505") && !Transactions.retryable(e)) {
                throw e;
            }
        }
    }

    /** The person has no CONSENT_PERSON row yet: their first code. */
    private static final class PersonNotYetKnown extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient String iin;

        PersonNotYetKnown(String iin) {
            super(null, null, false, false);
            this.iin = iin;
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
