package kz.medcert.adapters.persistence;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.Outbox;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/**
 * The outbox in the database (V30). Claims work as the registry retries' do: each is one conditional update that a
 * concurrent claimer waits on and then finds taken, so that of several instances on one database only one sends a
 * row; this instance renews its own claims at each round, and a stopped instance's claims lapse after the lease. A
 * settlement applies only under this instance's claim. Times of claims and retries are real time (never a test's
 * fixed clock: they must lapse).
 */
public final class JdbiOutbox implements Outbox {
    /** Long enough for a round of sending at the channels' time limits. */
    public static final Duration DEFAULT_LEASE = Duration.ofMinutes(5);
    private static final String CLAIMABLE = "status = :pending AND next_attempt_at <= :now AND (claimed_until IS NULL "
            + "OR claimed_until < :now OR claimed_by = :me)";
    private static final String COLUMNS = "message_key, recipient_iin, kind, reference, language, subject, body, sms, "
            + "attempts, mail_sent, sms_sent, created_at";

    private final Jdbi jdbi;
    private final Duration lease;
    private final Clock wallClock;
    private final String instance = UUID.randomUUID().toString();

    @Inject
    public JdbiOutbox(Jdbi jdbi) {
        this(jdbi, DEFAULT_LEASE, Clock.systemUTC());
    }

    public JdbiOutbox(Jdbi jdbi, Duration lease, Clock wallClock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("the outbox lease must be positive, not " + lease);
        }
    }

    @Override
    public List<PendingNotification> claimDue(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        OffsetDateTime now = wallClock.instant().atOffset(ZoneOffset.UTC);
        List<String> candidates = jdbi.withHandle(h -> h.createQuery("SELECT message_key FROM notification_outbox "
                        + "WHERE " + CLAIMABLE + " ORDER BY created_at, message_key LIMIT :limit")
                .bind("pending", OutboxRows.PENDING).bind("now", now).bind("me", instance).bind("limit", limit)
                .mapTo(String.class).list());
        List<PendingNotification> claimed = new ArrayList<>();
        for (String key : candidates) {
            if (claim(key, now)) {
                jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM notification_outbox "
                                + "WHERE message_key = :key").bind("key", key)
                        .map((rs, ctx) -> new PendingNotification(rs.getString("message_key"),
                                Iin.parse(rs.getString("recipient_iin")),
                                Notification.Kind.valueOf(rs.getString("kind")), rs.getString("reference"),
                                Language.ofTag(rs.getString("language")).orElseThrow(), rs.getString("subject"),
                                rs.getString("body"), rs.getString("sms"), rs.getInt("attempts"),
                                rs.getBoolean("mail_sent"), rs.getBoolean("sms_sent"),
                                rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                        .findOne()).ifPresent(claimed::add);
            }
        }
        return claimed;
    }

    private boolean claim(String key, OffsetDateTime now) {
        return Transactions.claimed(jdbi, h -> h.createUpdate("UPDATE notification_outbox SET claimed_by = :me, "
                        + "claimed_until = :until WHERE message_key = :key AND " + CLAIMABLE)
                .bind("me", instance).bind("until", now.plus(lease)).bind("key", key)
                .bind("pending", OutboxRows.PENDING).bind("now", now).execute());
    }

    @Override
    public boolean settle(String key, Settlement settlement) {
        OffsetDateTime now = wallClock.instant().atOffset(ZoneOffset.UTC);
        String status;
        OffsetDateTime next = now;
        String error = null;
        int more = 0;
        if (settlement instanceof Settlement.Sent) {
            status = OutboxRows.SENT;
        } else if (settlement instanceof Settlement.Retry retry) {
            status = OutboxRows.PENDING;
            next = now.plus(retry.after());
            error = retry.reason();
            more = 1;
        } else {
            status = OutboxRows.FAILED;
            error = ((Settlement.Failed) settlement).reason();
            more = 1;
        }
        String settledStatus = status;
        OffsetDateTime nextAttempt = next;
        String lastError = error;
        int attempts = more;
        return jdbi.inTransaction(h -> h.createUpdate("UPDATE notification_outbox SET status = :status, "
                        + "attempts = attempts + :more, next_attempt_at = :next, mail_sent = :mailSent, "
                        + "sms_sent = :smsSent, last_error = :error, settled_at = :settledAt, claimed_by = NULL, "
                        + "claimed_until = NULL WHERE message_key = :key AND claimed_by = :me AND status = :pending")
                .bind("status", settledStatus).bind("more", attempts).bind("next", nextAttempt)
                .bind("mailSent", settlement.mailSent()).bind("smsSent", settlement.smsSent())
                .bind("error", lastError)
                .bindByType("settledAt", settledStatus.equals(OutboxRows.PENDING) ? null : now,
                        OffsetDateTime.class)
                .bind("key", key).bind("me", instance).bind("pending", OutboxRows.PENDING).execute()) == 1;
    }

    @Override
    public long backlog() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM notification_outbox WHERE status = :pending")
                .bind("pending", OutboxRows.PENDING).mapTo(Long.class).one());
    }

    @Override
    public boolean addOnce(String dedupeKey, Notification notification) {
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        try {
            jdbi.useTransaction(h -> OutboxRows.insert(h, notification, dedupeKey, wallClock.instant()));
            return true;
        } catch (StatementException e) {
            if (Transactions.sqlState(e).equals("23505")) {
                return false;
            }
            throw e;
        }
    }
}
