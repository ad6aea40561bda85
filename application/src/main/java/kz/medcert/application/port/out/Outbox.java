package kz.medcert.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;

/**
 * The notifications waiting to be sent (the transactional outbox): each was stored in the transaction of the change
 * that caused it ({@link Requests#saveWithNotifications},
 * {@link CertificateIssuing#issueUnderNextSerial}, {@link CertificateRegister#update(
 * kz.medcert.domain.certificate.IssuedCertificate, Instant, List)}), so that none is lost when the service stops
 * before sending it. Worked off by the delivery worker: it claims rows for a lease (of several instances on one store,
 * only one holds a row at a time; the claims of an instance that stopped lapse and pass to another), sends them, and
 * settles each.
 */
public interface Outbox {

    /**
     * Claims, for this instance and its lease, up to {@code limit} notifications that are due (not sent, not failed,
     * their next attempt not later than now), oldest first, and returns them.
     */
    List<PendingNotification> claimDue(int limit);

    /**
     * Records how sending went; applies only while this instance's claim on the row holds (returns false otherwise:
     * another instance took it over and settles it).
     */
    boolean settle(String key, Settlement settlement);

    /** How many notifications are waiting to be sent (not sent and not failed for good). */
    long backlog();

    /**
     * Stores a notification that no change of a request causes (a reminder), once per {@code dedupeKey}: a second call
     * with the same key stores nothing and returns false.
     */
    boolean addOnce(String dedupeKey, Notification notification);

    /**
     * A stored notification, as it will be sent: written in its recipient's language when it was stored.
     *
     * @param key      stable for this notification: the SMS provider's idempotency key and the e-mail's Message-ID
     * @param attempts how many rounds of sending it had before this one
     * @param mailSent whether its e-mail was acknowledged already (then it is not sent again)
     * @param smsSent  whether its SMS was acknowledged already
     */
    record PendingNotification(String key, Iin recipient, Notification.Kind kind, String reference,
                               Language language, String subject, String body, String sms, int attempts,
                               boolean mailSent, boolean smsSent, Instant createdAt) {
        public PendingNotification {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(sms, "sms");
            Objects.requireNonNull(createdAt, "createdAt");
        }
    }

    /** What became of one round of sending a notification. Each says which channels have been acknowledged so far. */
    sealed interface Settlement {
        boolean mailSent();

        boolean smsSent();

        /** Every channel the recipient can be reached by acknowledged it (or refused it for good, and one took it). */
        record Sent(Instant at, boolean mailSent, boolean smsSent) implements Settlement {
        }

        /**
         * A channel could not take it now: tried again after {@code after} (of the store's real time, as the claims'
         * leases are), with one attempt more counted.
         */
        record Retry(Duration after, String reason, boolean mailSent, boolean smsSent) implements Settlement {
            public Retry {
                Objects.requireNonNull(after, "after");
                Objects.requireNonNull(reason, "reason");
            }
        }

        /** No channel can ever take it (refused for good, or nothing registered to send to): it is not tried again. */
        record Failed(Instant at, String reason, boolean mailSent, boolean smsSent) implements Settlement {
            public Failed {
                Objects.requireNonNull(reason, "reason");
            }
        }
    }
}
