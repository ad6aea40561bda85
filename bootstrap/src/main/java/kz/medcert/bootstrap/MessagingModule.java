package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import kz.medcert.adapters.messaging.HttpSmsGateway;
import kz.medcert.adapters.messaging.UnconfiguredSmsGateway;
import kz.medcert.application.port.out.SmsGateway;

/**
 * The SMS provider (MEDCERT_SMS_URL) and, for notifications, the mail server (MEDCERT_SMTP_HOST). A channel that is not
 * configured sends nothing and loses nothing: a consent code is answered with 503, to be asked for again.
 */
final class MessagingModule extends AbstractModule {
    private final AppConfig config;

    MessagingModule(AppConfig config) {
        this.config = config;
    }

    @Provides
    @Singleton
    SmsGateway sms() {
        return config.messaging().sms().<SmsGateway>map(HttpSmsGateway::new).orElseGet(UnconfiguredSmsGateway::new);
    }
}
