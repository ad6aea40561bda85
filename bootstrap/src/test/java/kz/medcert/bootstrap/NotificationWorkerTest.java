package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.function.LongSupplier;
import kz.medcert.application.port.in.operations.DeliverNotificationsUseCase;
import kz.medcert.application.port.in.operations.OutboxStatus;
import kz.medcert.application.service.operations.DeliverySettings;
import org.junit.jupiter.api.Test;

/** What /health/ready asks of the outbox worker: started, not stopped, not ended by a failure, its outbox answering. */
class NotificationWorkerTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T05:00:00Z"), ZoneOffset.UTC);
    private static final DeliverySettings BY_MAIL = new DeliverySettings(true, false, DeliverySettings.FIRST_RETRY,
            DeliverySettings.LONGEST_WAIT);
    private static final DeliverySettings NO_CHANNEL = new DeliverySettings(false, false,
            DeliverySettings.FIRST_RETRY, DeliverySettings.LONGEST_WAIT);

    @Test
    void readyOnceStarted_untilClosed() throws InterruptedException {
        CountDownLatch rounds = new CountDownLatch(2);
        try (NotificationWorker worker = worker(limit -> {
            rounds.countDown();
            return 0;
        }, () -> 0, BY_MAIL)) {
            assertThat(worker.isRunning()).isFalse();
            assertThat(worker.isReady()).isFalse();

            worker.start(Duration.ofMillis(100));

            assertThat(rounds.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.isRunning()).isTrue();
            assertThat(worker.isReady()).isTrue();
            worker.close();
            assertThat(worker.isRunning()).isFalse();
            assertThat(worker.isReady()).isFalse();
        }
    }

    @Test
    void withoutAnyChannel_itSendsNothing_butRunsForTheReminders_andIsReady() throws InterruptedException {
        AtomicInteger claims = new AtomicInteger();
        try (NotificationWorker worker = worker(limit -> claims.incrementAndGet(), () -> 3, NO_CHANNEL)) {
            worker.start(Duration.ofMillis(100));
            Thread.sleep(400);
            assertThat(claims).hasValue(0);
            assertThat(worker.isRunning()).isTrue();
            assertThat(worker.isReady()).isTrue();
        }
    }

    @Test
    void anOutboxThatDoesNotAnswer_isNotReady_thoughTheWorkerRuns() {
        try (NotificationWorker worker = worker(limit -> 0, () -> {
            throw new IllegalStateException("table notification_outbox unreachable");
        }, BY_MAIL)) {
            worker.start(Duration.ofMillis(100));
            assertThat(worker.isRunning()).isTrue();
            assertThat(worker.isReady()).isFalse();
        }
    }

    @Test
    void aFailedRound_isRetriedNextRound_butAnErrorThatEscapesStopsIt() throws InterruptedException {
        CountDownLatch failed = new CountDownLatch(2);
        try (NotificationWorker worker = worker(limit -> {
            failed.countDown();
            throw new IllegalStateException("mail server gone");
        }, () -> 0, BY_MAIL)) {
            worker.start(Duration.ofMillis(100));
            assertThat(failed.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(worker.isReady()).isTrue();
        }
        CountDownLatch dead = new CountDownLatch(1);
        try (NotificationWorker worker = worker(limit -> {
            dead.countDown();
            throw new OutOfMemoryError("simulated");
        }, () -> 0, BY_MAIL)) {
            worker.start(Duration.ofMillis(100));
            assertThat(dead.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 100 && worker.isRunning(); i++) {
                Thread.sleep(20);
            }
            assertThat(worker.isRunning()).isFalse();
            assertThat(worker.isReady()).isFalse();
        }
    }

    private static NotificationWorker worker(IntUnaryOperator round, LongSupplier backlog, DeliverySettings delivery) {
        DeliverNotificationsUseCase outbox = round::applyAsInt;
        OutboxStatus status = backlog::getAsLong;
        return new NotificationWorker(outbox, status, today -> 0, delivery, CLOCK);
    }
}
