package kz.medcert.application.service.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import kz.medcert.application.fakes.InMemoryAuditTrail;
import kz.medcert.application.fakes.InMemoryOutbox;
import kz.medcert.application.fakes.MutableClock;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.out.ContactDirectory;
import kz.medcert.application.port.out.ContactDirectory.Contacts;
import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.MailGateway;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.RegistryUnavailableException;
import kz.medcert.application.port.out.SmsGateway;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.request.StateRegistry;
import org.junit.jupiter.api.Test;

/**
 * The outbox worker: each notification goes by e-mail and SMS to what e-gov registers, is marked sent only once a
 * channel took it, resends only what was not taken, backs off exponentially while a channel is down, and marks (and
 * audits) what no channel can ever take.
 */
class DeliverNotificationsServiceTest {
    private static final Iin HOLDER = Iin.parse("900101300017");
    private static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");

    private final MutableClock wall = new MutableClock(NOW, ZoneOffset.UTC);
    private final InMemoryOutbox outbox = new InMemoryOutbox(Duration.ofMinutes(5), wall);
    private final InMemoryAuditTrail audit = new InMemoryAuditTrail();
    private final List<MailGateway.Mail> mails = new ArrayList<>();
    private final List<SmsGateway.Sms> texts = new ArrayList<>();
    private final Deque<DeliveryOutcome> mailAnswers = new ArrayDeque<>();
    private final Deque<DeliveryOutcome> smsAnswers = new ArrayDeque<>();
    private Contacts contacts = new Contacts(Optional.of("+7 701 234 56 78"), Optional.of("holder@example.kz"));
    private boolean registryDown;

    private final ContactDirectory directory = iin -> {
        if (registryDown) {
            throw new RegistryUnavailableException(StateRegistry.IDENTITY, "timed out");
        }
        return contacts;
    };
    private final MailGateway mail = m -> {
        mails.add(m);
        return mailAnswers.isEmpty() ? new DeliveryOutcome.Delivered("250") : mailAnswers.pop();
    };
    private final SmsGateway sms = s -> {
        texts.add(s);
        return smsAnswers.isEmpty() ? new DeliveryOutcome.Delivered("id") : smsAnswers.pop();
    };

    private DeliverNotificationsService worker(boolean mailChannel, boolean smsChannel) {
        return new DeliverNotificationsService(outbox, directory, mail, sms, audit,
                new DeliverySettings(mailChannel, smsChannel, Duration.ofSeconds(30), Duration.ofMinutes(4)),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private void issuedInKazakh() {
        outbox.store(List.of(new Notification(HOLDER, Notification.Kind.CERTIFICATE_ISSUED, "request R-1",
                ServiceText.NOTIFY_SUBJECT_CERTIFICATE_ISSUED.message().with("number", "KZ-1"),
                ServiceText.NOTIFY_CERTIFICATE_ISSUED.message().with("number", "KZ-1").with("issuedOn", "2026-11-20")
                        .with("validUntil", "2031-11-19"), Language.KK, NOW)));
    }

    @Test
    void aNotificationGoesByEmailAndSms_inItsLanguage_underOneStableKey_andIsMarkedSent() {
        issuedInKazakh();

        assertThat(worker(true, true).deliverDue(10)).isEqualTo(1);

        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.to()).isEqualTo("holder@example.kz");
            assertThat(m.language()).isEqualTo(Language.KK);
            assertThat(m.subject()).isEqualTo("MedCert: KZ-1 сертификаты берілді");
            assertThat(m.body()).contains("2031-11-19 дейін жарамды");
        });
        assertThat(texts).singleElement().satisfies(s -> {
            assertThat(s.to()).isEqualTo("+7 701 234 56 78");
            assertThat(s.idempotencyKey()).isEqualTo(mails.get(0).key());
            assertThat(s.text()).contains("KZ-1 сертификаты берілді");
        });
        assertThat(outbox.backlog()).isZero();
        assertThat(worker(true, true).deliverDue(10)).isZero();
        assertThat(mails).hasSize(1);
    }

    @Test
    void aChannelThatIsDown_isRetriedWithExponentialBackOff_andOnlyWhatWasNotTakenIsSentAgain() {
        issuedInKazakh();
        mailAnswers.push(new DeliveryOutcome.Deferred("the mail server could not be reached"));
        mailAnswers.push(new DeliveryOutcome.Deferred("the mail server could not be reached"));
        mailAnswers.addLast(new DeliveryOutcome.Deferred("the mail server could not be reached"));
        DeliverNotificationsService worker = worker(true, true);

        worker.deliverDue(10);
        assertThat(outbox.backlog()).isEqualTo(1);
        assertThat(worker.deliverDue(10)).as("not before the first retry's time").isZero();
        wall.advance(Duration.ofSeconds(30));
        assertThat(worker.deliverDue(10)).isEqualTo(1);
        wall.advance(Duration.ofSeconds(59));
        assertThat(worker.deliverDue(10)).as("the second wait is twice the first").isZero();
        wall.advance(Duration.ofSeconds(1));
        assertThat(worker.deliverDue(10)).isEqualTo(1);
        wall.advance(Duration.ofMinutes(2));
        assertThat(worker.deliverDue(10)).as("the mail server is back").isEqualTo(1);

        assertThat(mails).hasSize(4).extracting(MailGateway.Mail::key).containsOnly(mails.get(0).key());
        assertThat(texts).as("the SMS was taken the first time and not sent again").hasSize(1);
        assertThat(outbox.backlog()).isZero();
        assertThat(outbox.statuses().values()).containsExactly("SENT");
    }

    @Test
    void theWaitBetweenRetriesDoublesUpToTheLongest() {
        DeliverySettings settings = new DeliverySettings(true, false, Duration.ofSeconds(30), Duration.ofMinutes(4));

        assertThat(List.of(1, 2, 3, 4, 5, 20).stream().map(settings::backOff).toList()).containsExactly(
                Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120), Duration.ofSeconds(240),
                Duration.ofSeconds(240), Duration.ofSeconds(240));
    }

    @Test
    void whatEveryChannelRefusesForGood_isMarkedFailed_andAudited() {
        issuedInKazakh();
        mailAnswers.push(new DeliveryOutcome.Rejected("the mail server answered 550"));
        smsAnswers.push(new DeliveryOutcome.Rejected("the SMS provider answered 400"));

        worker(true, true).deliverDue(10);

        assertThat(outbox.statuses().values()).containsExactly("FAILED");
        assertThat(outbox.backlog()).isZero();
        assertThat(audit.all()).singleElement().satisfies(e -> assertThat(e).extracting(AuditEntry::event)
                .isEqualTo(DeliverNotificationsService.UNDELIVERABLE));
        assertThat(audit.all().get(0).detail()).contains("CERTIFICATE_ISSUED", "550", "400", HOLDER.masked())
                .doesNotContain(HOLDER.value());
    }

    @Test
    void oneChannelTakingIt_isEnough_whenTheOtherRefusesForGood() {
        issuedInKazakh();
        smsAnswers.push(new DeliveryOutcome.Rejected("the SMS provider answered 400"));

        worker(true, true).deliverDue(10);

        assertThat(outbox.statuses().values()).containsExactly("SENT");
    }

    @Test
    void aRecipientWithNothingRegistered_isMarkedFailed_andAudited() {
        contacts = Contacts.NONE;
        issuedInKazakh();

        worker(true, true).deliverDue(10);

        assertThat(mails).isEmpty();
        assertThat(outbox.statuses().values()).containsExactly("FAILED");
        assertThat(audit.all()).hasSize(1);
    }

    @Test
    void aChannelThatIsNotConfigured_isNotUsed() {
        issuedInKazakh();

        worker(true, false).deliverDue(10);

        assertThat(mails).hasSize(1);
        assertThat(texts).isEmpty();
        assertThat(outbox.statuses().values()).containsExactly("SENT");
    }

    @Test
    void theContactsRegistryDown_meansARetry_notALoss() {
        issuedInKazakh();
        registryDown = true;
        DeliverNotificationsService worker = worker(true, true);

        worker.deliverDue(10);
        assertThat(outbox.backlog()).isEqualTo(1);
        registryDown = false;
        wall.advance(Duration.ofSeconds(30));
        worker.deliverDue(10);

        assertThat(mails).hasSize(1);
        assertThat(outbox.backlog()).isZero();
        assertThat(worker.backlog()).isZero();
    }
}
