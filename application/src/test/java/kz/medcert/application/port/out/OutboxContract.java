package kz.medcert.application.port.out;

import static kz.medcert.application.testing.JourneyFixtures.STARTED;
import static kz.medcert.application.testing.JourneyFixtures.awaitingDocuments;
import static kz.medcert.application.testing.JourneyFixtures.awaitingRegistries;
import static kz.medcert.application.testing.JourneyFixtures.started;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.request.CertificationRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Outbox} promises with the store whose writes fill it: a notification claimed by one instance of
 * the service at a time, retried after its time, failed once for good, a reminder stored once per key, a revocation's
 * notification stored once.
 */
public abstract class OutboxContract extends RequestStoreContract {
    @Test
    void aRevocationStoresItsNotification_andARepeatedOneNone() {
        CertificationRequest accepted = acceptedIn(Region.ALMATY_CITY);
        IssuedCertificate certificate = certificateFor(accepted);
        register().add(certificate);
        IssuedCertificate revoked = certificate.revoked(new kz.medcert.domain.certificate.Revocation(
                LocalDate.of(2025, 1, 10), Ground.GROUND_4_COURT_PROHIBITION.name(), "Приговор.", "OFFICER 1"));
        Notification notice = new Notification(certificate.holder(), Notification.Kind.CERTIFICATE_REVOKED,
                "certificate " + certificate.number().value(), Message.verbatim("revoked"),
                Message.verbatim("revoked"), Language.RU, STARTED);

        register().update(revoked, STARTED, List.of(notice));
        register().update(revoked, STARTED, List.of(notice));

        assertThat(outbox().backlog()).isEqualTo(1);
    }

    @Test
    void aClaimedNotification_isNotClaimedByAnotherInstance_untilItIsSettledOrItsClaimLapses() {
        CertificationRequest waiting = requests().save(awaitingRegistries(requests().add(started())));
        CertificationRequest documents = awaitingDocuments(waiting);
        requests().saveWithNotifications(documents, List.of(
                notice(documents, Notification.Kind.REQUEST_ACCEPTED, Language.RU),
                notice(documents, Notification.Kind.REQUEST_ACCEPTED, Language.EN)));
        Outbox other = outboxOfAnotherInstance();

        List<Outbox.PendingNotification> mine = outbox().claimDue(1);
        List<Outbox.PendingNotification> theirs = other.claimDue(10);

        assertThat(mine).hasSize(1);
        assertThat(theirs).hasSize(1);
        assertThat(theirs.get(0).key()).isNotEqualTo(mine.get(0).key());
        assertThat(other.settle(mine.get(0).key(), new Outbox.Settlement.Sent(STARTED, true, false)))
                .as("only under its own claim").isFalse();
        assertThat(outbox().settle(mine.get(0).key(), new Outbox.Settlement.Sent(STARTED, true, false))).isTrue();
        assertThat(outbox().settle(mine.get(0).key(), new Outbox.Settlement.Sent(STARTED, true, false)))
                .as("a sent notification is settled once").isFalse();
        assertThat(outbox().backlog()).isEqualTo(1);
        assertThat(outbox().claimDue(10)).as("the other instance's claim holds").isEmpty();
    }

    @Test
    void aRetry_waitsItsTime_remembersTheChannelThatTookIt_andCountsTheAttempt() throws InterruptedException {
        CertificationRequest waiting = requests().save(awaitingRegistries(requests().add(started())));
        CertificationRequest documents = awaitingDocuments(waiting);
        requests().saveWithNotifications(documents,
                List.of(notice(documents, Notification.Kind.REQUEST_ACCEPTED, Language.RU)));
        String key = outbox().claimDue(10).get(0).key();

        assertThat(outbox().settle(key, new Outbox.Settlement.Retry(Duration.ofMillis(300), "SMS: down", true,
                false))).isTrue();

        assertThat(outbox().claimDue(10)).as("not before its time").isEmpty();
        assertThat(outbox().backlog()).isEqualTo(1);
        Thread.sleep(400);
        assertThat(outbox().claimDue(10)).singleElement().satisfies(n -> {
            assertThat(n.key()).isEqualTo(key);
            assertThat(n.attempts()).isEqualTo(1);
            assertThat(n.mailSent()).isTrue();
            assertThat(n.smsSent()).isFalse();
        });
    }

    @Test
    void aFailedNotification_leavesTheBacklog_andIsNotTriedAgain() {
        CertificationRequest waiting = requests().save(awaitingRegistries(requests().add(started())));
        CertificationRequest documents = awaitingDocuments(waiting);
        requests().saveWithNotifications(documents,
                List.of(notice(documents, Notification.Kind.REQUEST_ACCEPTED, Language.RU)));
        String key = outbox().claimDue(10).get(0).key();

        assertThat(outbox().settle(key, new Outbox.Settlement.Failed(STARTED, "no address", false, false))).isTrue();

        assertThat(outbox().backlog()).isZero();
        assertThat(outbox().claimDue(10)).isEmpty();
    }

    @Test
    void addOnce_storesAReminderOncePerKey() {
        CertificationRequest request = requests().add(started());
        Notification reminder = notice(request, Notification.Kind.CERTIFICATE_EXPIRING, Language.RU);

        assertThat(outbox().addOnce("expiring:KZ-1", reminder)).isTrue();
        assertThat(outbox().addOnce("expiring:KZ-1", reminder)).isFalse();
        assertThat(outbox().addOnce("expiring:KZ-2", reminder)).isTrue();

        assertThat(outbox().backlog()).isEqualTo(2);
    }

    @Test
    void twoInstancesClaimingAtOnce_neverClaimOneNotificationTwice() throws Exception {
        CertificationRequest waiting = requests().save(awaitingRegistries(requests().add(started())));
        CertificationRequest documents = awaitingDocuments(waiting);
        List<Notification> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(notice(documents, Notification.Kind.REQUEST_ACCEPTED, Language.RU));
        }
        requests().saveWithNotifications(documents, many);
        Outbox first = outbox();
        Outbox second = outboxOfAnotherInstance();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<List<String>>> claims = new ArrayList<>();
            for (Outbox instance : List.of(first, second)) {
                claims.add(CompletableFuture.supplyAsync(() -> {
                    List<String> keys = new ArrayList<>();
                    try {
                        together.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    for (int round = 0; round < 8; round++) {
                        instance.claimDue(5).forEach(n -> {
                            keys.add(n.key());
                            instance.settle(n.key(), new Outbox.Settlement.Sent(STARTED, true, false));
                        });
                    }
                    return keys;
                }, pool));
            }
            List<String> all = new ArrayList<>();
            for (CompletableFuture<List<String>> claim : claims) {
                all.addAll(claim.get(60, TimeUnit.SECONDS));
            }
            assertThat(all).doesNotHaveDuplicates().hasSize(40);
        } finally {
            pool.shutdownNow();
        }
        assertThat(outbox().backlog()).isZero();
    }
}
