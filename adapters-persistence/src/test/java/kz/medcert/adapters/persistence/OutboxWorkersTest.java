package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.medcert.application.fakes.InMemoryAuditTrail;
import kz.medcert.application.port.out.ContactDirectory;
import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.MailGateway;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.SmsGateway;
import kz.medcert.application.service.operations.DeliverNotificationsService;
import kz.medcert.application.service.operations.DeliverySettings;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two instances' outbox workers on one database (HSQLDB and PostgreSQL), sending at once: every notification is sent
 * exactly once, by one of them, and all are marked sent.
 */
class OutboxWorkersTest {
    private static final int NOTIFICATIONS = 60;
    private static final Instant AT = Instant.parse("2026-11-20T05:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"hsqldb", "postgresql"})
    void twoWorkersOnOneDatabase_neverSendOneNotificationTwice(String vendor) throws Exception {
        String url = vendor.equals("hsqldb") ? Database.memoryUrl("outbox-" + UUID.randomUUID())
                : TestPostgres.freshDatabase("outbox_" + UUID.randomUUID().toString().replace("-", ""));
        try (Database database = Database.open(url, vendor.equals("hsqldb") ? "SA" : "postgres", "")) {
            JdbiOutbox writer = new JdbiOutbox(database.jdbi());
            for (int i = 0; i < NOTIFICATIONS; i++) {
                writer.addOnce("test:" + i, new Notification(Iin.parse("900101300017"),
                        Notification.Kind.CERTIFICATE_EXPIRING, "certificate " + i, Message.verbatim("s" + i),
                        Message.verbatim("b" + i), Language.RU, AT));
            }
            Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
            MailGateway mail = m -> {
                sends.computeIfAbsent(m.key(), k -> new AtomicInteger()).incrementAndGet();
                return new DeliveryOutcome.Delivered("250");
            };
            SmsGateway sms = s -> new DeliveryOutcome.Delivered("id");
            ContactDirectory contacts = iin -> new ContactDirectory.Contacts(Optional.empty(),
                    Optional.of("holder@example.kz"));
            List<DeliverNotificationsService> workers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                workers.add(new DeliverNotificationsService(new JdbiOutbox(database.jdbi()), contacts, mail, sms,
                        new InMemoryAuditTrail(), new DeliverySettings(true, false), Clock.fixed(AT, ZoneOffset.UTC)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> rounds = new ArrayList<>();
                for (DeliverNotificationsService worker : workers) {
                    rounds.add(pool.submit(() -> {
                        together.await(10, TimeUnit.SECONDS);
                        while (worker.deliverDue(7) > 0) {
                            Thread.onSpinWait();
                        }
                        return null;
                    }));
                }
                for (Future<?> round : rounds) {
                    round.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            assertThat(sends).hasSize(NOTIFICATIONS);
            assertThat(sends.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
            assertThat(writer.backlog()).isZero();
            long sent = database.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM notification_outbox WHERE status = 'SENT'").mapTo(Long.class).one());
            assertThat(sent).isEqualTo(NOTIFICATIONS);
        }
    }
}
