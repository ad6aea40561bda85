package kz.medcert.bootstrap;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import kz.medcert.application.port.in.operations.DeliverNotificationsUseCase;
import kz.medcert.application.port.in.operations.OutboxStatus;
import kz.medcert.application.port.in.certificates.RemindExpiringCertificatesUseCase;
import kz.medcert.application.service.operations.DeliverySettings;
import kz.medcert.domain.calendar.KazakhstanTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox worker: sends the stored notifications in rounds, one after the other, and stores the daily reminders
 * before a certificate expires; and whether it runs and its outbox answers, for {@code /health/ready}: an instance
 * whose worker stopped would acknowledge decisions whose notifications nobody sends. Without any channel configured
 * only the reminders run, and the notifications wait in the outbox (the start-up log says so).
 */
@Singleton
final class NotificationWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationWorker.class);
    /** How many notifications a round claims at a time. */
    static final int BATCH = 50;
    private static final long FIRST_REMINDERS_AFTER_MINUTES = 10;
    private static final long REMINDERS_EVERY_MINUTES = 24 * 60;

    private final DeliverNotificationsUseCase outbox;
    private final OutboxStatus status;
    private final RemindExpiringCertificatesUseCase reminders;
    private final DeliverySettings delivery;
    private final Clock clock;
    private final ScheduledExecutorService thread = WorkerThread.named("notification-outbox");
    private volatile List<ScheduledFuture<?>> rounds;

    @Inject
    NotificationWorker(DeliverNotificationsUseCase outbox, OutboxStatus status,
                       RemindExpiringCertificatesUseCase reminders, DeliverySettings delivery, Clock clock) {
        this.outbox = outbox;
        this.status = status;
        this.reminders = reminders;
        this.delivery = delivery;
        this.clock = clock;
    }

    /** Starts the reminders (the first in 10 minutes, then daily) and, if a channel is configured, the rounds. */
    synchronized void start(Duration interval) {
        if (rounds != null) {
            throw new IllegalStateException("the notification worker is already started");
        }
        List<ScheduledFuture<?>> started = new ArrayList<>();
        started.add(thread.scheduleAtFixedRate(this::remindExpiring, FIRST_REMINDERS_AFTER_MINUTES,
                REMINDERS_EVERY_MINUTES, TimeUnit.MINUTES));
        if (delivery.anyChannel()) {
            long every = interval.toMillis();
            started.add(thread.scheduleWithFixedDelay(this::deliverDue, every, every, TimeUnit.MILLISECONDS));
        }
        rounds = List.copyOf(started);
    }

    /** Started, not stopped, and neither its rounds nor its reminders ended by a failure that escaped them. */
    boolean isRunning() {
        List<ScheduledFuture<?>> current = rounds;
        return current != null && !thread.isShutdown() && current.stream().noneMatch(ScheduledFuture::isDone);
    }

    /** Running, and the outbox it sends from answers (its backlog can be counted). */
    boolean isReady() {
        if (!isRunning()) {
            return false;
        }
        try {
            status.backlog();
            return true;
        } catch (RuntimeException e) {
            LOG.warn("notification outbox not ready: {}", e.toString());
            return false;
        }
    }

    // stored in the outbox like any notification, once per certificate, whichever instance runs first
    private void remindExpiring() {
        try {
            int stored = reminders.remind(KazakhstanTime.date(clock.instant()));
            if (stored > 0) {
                LOG.info("reminded {} holder(s) of a certificate that ends soon", stored);
            }
        } catch (RuntimeException e) {
            LOG.warn("expiry reminders failed; tomorrow's run tries again", e);
        }
    }

    private void deliverDue() {
        try {
            int claimed;
            do {
                claimed = outbox.deliverDue(BATCH);
            } while (claimed == BATCH && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            LOG.warn("notification round failed; the next round tries again", e);
        }
    }

    /** Lets a round under way finish (up to 30 s: a message acknowledged is marked sent), then stops. */
    @Override
    public void close() {
        WorkerThread.stop(thread, Duration.ofSeconds(30));
    }
}
