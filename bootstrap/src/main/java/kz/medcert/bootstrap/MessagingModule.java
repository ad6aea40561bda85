package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import kz.medcert.adapters.messaging.HttpSmsGateway;
import kz.medcert.adapters.messaging.SmtpMailGateway;
import kz.medcert.adapters.messaging.UnconfiguredSmsGateway;
import kz.medcert.adapters.persistence.JdbiOutbox;
import kz.medcert.adapters.registries.LoggingMailGateway;
import kz.medcert.application.port.in.operations.DeliverNotificationsUseCase;
import kz.medcert.application.port.in.operations.OutboxStatus;
import kz.medcert.application.port.in.certificates.RemindExpiringCertificatesUseCase;
import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.MailGateway;
import kz.medcert.application.port.out.Outbox;
import kz.medcert.application.port.out.SmsGateway;
import kz.medcert.application.service.operations.DeliverNotificationsService;
import kz.medcert.application.service.operations.DeliverySettings;
import kz.medcert.application.service.certificates.RemindExpiringCertificatesService;
import org.jdbi.v3.core.Jdbi;

/**
 * The SMS provider (MEDCERT_SMS_URL), the mail server (MEDCERT_SMTP_HOST) and the outbox worker that sends the
 * notifications by them. A channel that is not configured sends nothing and loses nothing: a consent code is answered
 * with 503, to be asked for again; notifications wait in the outbox. In demo mode without a mail server, the log
 * stands in for it.
 */
final class MessagingModule extends AbstractModule {
    private final AppConfig config;

    MessagingModule(AppConfig config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(DeliverNotificationsService.class).in(Singleton.class);
        bind(DeliverNotificationsUseCase.class).to(DeliverNotificationsService.class);
        bind(OutboxStatus.class).to(DeliverNotificationsService.class);
        bind(RemindExpiringCertificatesUseCase.class).to(RemindExpiringCertificatesService.class)
                .in(Singleton.class);
    }

    @Provides
    @Singleton
    SmsGateway sms() {
        return config.messaging().sms().<SmsGateway>map(HttpSmsGateway::new).orElseGet(UnconfiguredSmsGateway::new);
    }

    @Provides
    @Singleton
    MailGateway mail() {
        return config.messaging().smtp().<MailGateway>map(SmtpMailGateway::new).orElseGet(() -> config.demo()
                ? new LoggingMailGateway()
                : mail -> new DeliveryOutcome.Deferred("no mail server is configured (MEDCERT_SMTP_HOST)"));
    }

    @Provides
    @Singleton
    DeliverySettings delivery() {
        return new DeliverySettings(config.demo() || config.messaging().smtp().isPresent(),
                config.messaging().sms().isPresent(), config.messaging().firstRetry(), DeliverySettings.LONGEST_WAIT);
    }

    @Provides
    @Singleton
    Outbox outbox(Jdbi jdbi) {
        return new JdbiOutbox(jdbi, config.messaging().outboxLease(), java.time.Clock.systemUTC());
    }
}
