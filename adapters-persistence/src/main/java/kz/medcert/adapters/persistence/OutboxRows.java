package kz.medcert.adapters.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import kz.medcert.application.port.out.Notification;
import org.jdbi.v3.core.Handle;

/** Writes notifications into the outbox inside a transaction the caller holds (the change that causes them). */
final class OutboxRows {
    static final String PENDING = "PENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    private static final String INSERT = "INSERT INTO notification_outbox (message_key, dedupe_key, recipient_iin, "
            + "kind, reference, language, subject, body, sms, created_at, status, attempts, next_attempt_at, "
            + "mail_sent, sms_sent) VALUES (:key, :dedupe, :iin, :kind, :reference, :language, :subject, :body, :sms, "
            + ":createdAt, :status, 0, :due, FALSE, FALSE)";

    private OutboxRows() {
    }

    /** Each notification as a row due at {@code now} (real time), under a fresh message key. */
    static void insert(Handle h, List<Notification> notifications, Instant now) {
        for (Notification n : notifications) {
            insert(h, n, null, now);
        }
    }

    static void insert(Handle h, Notification n, String dedupeKey, Instant now) {
        h.createUpdate(INSERT).bind("key", "medcert-notification-" + UUID.randomUUID())
                .bind("dedupe", dedupeKey).bind("iin", n.recipient().value()).bind("kind", n.kind().name())
                .bind("reference", n.reference()).bind("language", n.language().tag())
                .bind("subject", n.subjectLine()).bind("body", n.detail()).bind("sms", n.smsText())
                .bind("createdAt", n.at().atOffset(ZoneOffset.UTC)).bind("status", PENDING)
                .bind("due", now.atOffset(ZoneOffset.UTC)).execute();
    }
}
