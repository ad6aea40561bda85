package kz.medcert.application.fakes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.Outbox;

/**
 * The outbox in memory, as the database's (V30) behaves: rows written with the change that causes them (by the
 * in-memory repository and register), claimed for a lease per instance ({@link #anotherInstance}), settled only under
 * the claim. Times of claims and retries are {@code wallClock}'s. Thread-safe.
 */
public final class InMemoryOutbox implements Outbox {
    private final Rows rows;
    private final String instance = UUID.randomUUID().toString();
    private final Duration lease;
    private final Clock wallClock;

    private static final class Rows {
        final Map<String, Row> byKey = new LinkedHashMap<>();
        final Map<String, String> dedupe = new HashMap<>();
    }

    private static final class Row {
        final Notification notification;
        String status = "PENDING";
        int attempts;
        Instant next;
        boolean mailSent;
        boolean smsSent;
        String claimedBy;
        Instant claimedUntil;
        String lastError;

        Row(Notification notification, Instant next) {
            this.notification = notification;
            this.next = next;
        }
    }

    public InMemoryOutbox() {
        this(new Rows(), Duration.ofMinutes(5), Clock.systemUTC());
    }

    public InMemoryOutbox(Duration lease, Clock wallClock) {
        this(new Rows(), lease, wallClock);
    }

    private InMemoryOutbox(Rows rows, Duration lease, Clock wallClock) {
        this.rows = rows;
        this.lease = Objects.requireNonNull(lease, "lease");
        this.wallClock = Objects.requireNonNull(wallClock, "wallClock");
    }

    /** Another instance of the service on the same rows: claims of its own. */
    public InMemoryOutbox anotherInstance() {
        return new InMemoryOutbox(rows, lease, wallClock);
    }

    /** Stores each notification as a pending row (the writes of the repository and the register). */
    public void store(List<Notification> notifications) {
        synchronized (rows) {
            notifications.forEach(n -> rows.byKey.put("medcert-notification-" + UUID.randomUUID(),
                    new Row(n, wallClock.instant())));
        }
    }

    /** Every notification ever stored, in order. */
    public List<Notification> stored() {
        synchronized (rows) {
            return rows.byKey.values().stream().map(r -> r.notification).toList();
        }
    }

    /** The kinds of {@link #stored}. */
    public List<Notification.Kind> kinds() {
        return stored().stream().map(Notification::kind).toList();
    }

    /** The status of each row by key: PENDING, SENT or FAILED. */
    public Map<String, String> statuses() {
        synchronized (rows) {
            Map<String, String> statuses = new LinkedHashMap<>();
            rows.byKey.forEach((key, row) -> statuses.put(key, row.status));
            return statuses;
        }
    }

    @Override
    public List<PendingNotification> claimDue(int limit) {
        synchronized (rows) {
            Instant now = wallClock.instant();
            List<PendingNotification> claimed = new ArrayList<>();
            for (Map.Entry<String, Row> entry : rows.byKey.entrySet()) {
                Row row = entry.getValue();
                boolean free = row.claimedUntil == null || row.claimedUntil.isBefore(now)
                        || instance.equals(row.claimedBy);
                if (claimed.size() < limit && row.status.equals("PENDING") && !row.next.isAfter(now) && free) {
                    row.claimedBy = instance;
                    row.claimedUntil = now.plus(lease);
                    Notification n = row.notification;
                    claimed.add(new PendingNotification(entry.getKey(), n.recipient(), n.kind(), n.reference(),
                            n.language(), n.subjectLine(), n.detail(), n.smsText(), row.attempts, row.mailSent,
                            row.smsSent, n.at()));
                }
            }
            return claimed;
        }
    }

    @Override
    public boolean settle(String key, Settlement settlement) {
        synchronized (rows) {
            Row row = rows.byKey.get(key);
            if (row == null || !instance.equals(row.claimedBy) || !row.status.equals("PENDING")) {
                return false;
            }
            row.mailSent = settlement.mailSent();
            row.smsSent = settlement.smsSent();
            row.claimedBy = null;
            row.claimedUntil = null;
            if (settlement instanceof Settlement.Sent) {
                row.status = "SENT";
            } else if (settlement instanceof Settlement.Retry retry) {
                row.attempts++;
                row.next = wallClock.instant().plus(retry.after());
                row.lastError = retry.reason();
            } else {
                row.attempts++;
                row.status = "FAILED";
                row.lastError = ((Settlement.Failed) settlement).reason();
            }
            return true;
        }
    }

    @Override
    public long backlog() {
        synchronized (rows) {
            return rows.byKey.values().stream().filter(r -> r.status.equals("PENDING")).count();
        }
    }

    @Override
    public boolean addOnce(String dedupeKey, Notification notification) {
        synchronized (rows) {
            if (rows.dedupe.containsKey(dedupeKey)) {
                return false;
            }
            String key = "medcert-notification-" + UUID.randomUUID();
            rows.dedupe.put(dedupeKey, key);
            rows.byKey.put(key, new Row(notification, wallClock.instant()));
            return true;
        }
    }
}
