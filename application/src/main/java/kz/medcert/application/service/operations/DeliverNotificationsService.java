package kz.medcert.application.service.operations;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.port.in.operations.DeliverNotificationsUseCase;
import kz.medcert.application.port.in.operations.OutboxStatus;
import kz.medcert.application.port.out.AuditJournal;
import kz.medcert.application.port.out.ContactDirectory;
import kz.medcert.application.port.out.ContactDirectory.Contacts;
import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.MailGateway;
import kz.medcert.application.port.out.Outbox;
import kz.medcert.application.port.out.Outbox.PendingNotification;
import kz.medcert.application.port.out.Outbox.Settlement;
import kz.medcert.application.port.out.RegistryUnavailableException;
import kz.medcert.application.port.out.SmsGateway;
import kz.medcert.domain.audit.AuditedStep;
import kz.medcert.domain.request.RequestId;

/**
 * The outbox worker: sends each due notification by e-mail and by SMS, to the address and number e-gov has registered
 * for the recipient ({@link ContactDirectory}), and settles it. A channel is sent to only until it acknowledged the
 * message (a row remembers which did), so a retry resends only what was not taken. A channel that cannot take it now
 * (or the contacts registry down) means a retry with exponential back-off; when no channel ever can (refused for good,
 * or nothing registered to send to), the notification is marked failed and the failure audited. The notification is
 * marked sent only after a channel acknowledged it: a crash between the acknowledgement and the mark sends it again
 * (at-least-once; the copy carries the same Message-ID and idempotency key).
 */
public final class DeliverNotificationsService implements DeliverNotificationsUseCase, OutboxStatus {
    static final String WORKER = "notification-worker";
    static final String UNDELIVERABLE = "NOTIFICATION_UNDELIVERABLE";

    private final Outbox outbox;
    private final ContactDirectory contacts;
    private final MailGateway mail;
    private final SmsGateway sms;
    private final AuditJournal journal;
    private final DeliverySettings settings;
    private final Clock clock;

    @Inject
    public DeliverNotificationsService(Outbox outbox, ContactDirectory contacts, MailGateway mail, SmsGateway sms,
                                       AuditJournal journal, DeliverySettings settings, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.contacts = Objects.requireNonNull(contacts, "contacts");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.sms = Objects.requireNonNull(sms, "sms");
        this.journal = Objects.requireNonNull(journal, "journal");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public long backlog() {
        return outbox.backlog();
    }

    @Override
    public int deliverDue(int limit) {
        List<PendingNotification> due = outbox.claimDue(limit);
        for (PendingNotification notification : due) {
            Settlement settlement = deliver(notification);
            if (outbox.settle(notification.key(), settlement) && settlement instanceof Settlement.Failed failed) {
                audit(notification, failed);
            }
        }
        return due.size();
    }

    private Settlement deliver(PendingNotification n) {
        Contacts to;
        try {
            to = contacts.contactsOf(n.recipient());
        } catch (RegistryUnavailableException e) {
            return retry(n, "the contacts could not be read: " + e.reason(), n.mailSent(), n.smsSent());
        }
        Optional<String> address = to.email().filter(a -> settings.mail());
        Optional<String> phone = to.phone().filter(p -> settings.sms());
        if (address.isEmpty() && phone.isEmpty() && !n.mailSent() && !n.smsSent()) {
            return new Settlement.Failed(clock.instant(), "no e-mail address or mobile number is registered for the "
                    + "recipient on a configured channel", false, false);
        }
        boolean mailSent = n.mailSent();
        boolean smsSent = n.smsSent();
        List<String> later = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        if (!mailSent && address.isPresent()) {
            DeliveryOutcome outcome = mail.send(new MailGateway.Mail(address.get(), n.subject(), n.body(), n.key(),
                    n.language()));
            mailSent = record("e-mail", outcome, later, refused);
        }
        if (!smsSent && phone.isPresent()) {
            smsSent = record("SMS", sms.send(new SmsGateway.Sms(phone.get(), n.sms(), n.key())), later, refused);
        }
        if (!later.isEmpty()) {
            return retry(n, String.join("; ", later), mailSent, smsSent);
        }
        if (mailSent || smsSent) {
            return new Settlement.Sent(clock.instant(), mailSent, smsSent);
        }
        return new Settlement.Failed(clock.instant(), String.join("; ", refused), false, false);
    }

    private static boolean record(String channel, DeliveryOutcome outcome, List<String> later, List<String> refused) {
        if (outcome instanceof DeliveryOutcome.Deferred deferred) {
            later.add(channel + ": " + deferred.reason());
        } else if (outcome instanceof DeliveryOutcome.Rejected rejected) {
            refused.add(channel + ": " + rejected.reason());
        }
        return outcome instanceof DeliveryOutcome.Delivered;
    }

    private Settlement retry(PendingNotification n, String reason, boolean mailSent, boolean smsSent) {
        return new Settlement.Retry(settings.backOff(n.attempts() + 1), reason, mailSent,
                smsSent);
    }

    // an operation of its own in the audit log (like an import): the notification's key names it
    private void audit(PendingNotification n, Settlement.Failed failed) {
        Instant at = failed.at();
        RequestId operation = new RequestId(UUID.nameUUIDFromBytes(("medcert-notification|" + n.key())
                .getBytes(StandardCharsets.UTF_8)));
        journal.append(new AuditedStep(operation, at, WORKER, UNDELIVERABLE, n.kind() + " " + n.key() + " about "
                + n.reference() + " to " + n.recipient().masked() + ": " + failed.reason()));
    }
}
