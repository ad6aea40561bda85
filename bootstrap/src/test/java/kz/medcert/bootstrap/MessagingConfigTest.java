package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** MEDCERT_SMS_*, MEDCERT_SMTP_* and MEDCERT_OUTBOX_*: where consent codes and notifications go. */
class MessagingConfigTest {

    @Test
    void byDefault_noChannelIsConfigured_andTheWorkerHasItsDefaults() {
        MessagingConfig config = AppConfig.fromEnvironment(Map.of()).messaging();

        assertThat(config.sms()).isEmpty();
        assertThat(config.smtp()).isEmpty();
        assertThat(config.outboxInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.outboxLease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(config.firstRetry()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aMailServerAndAnSmsProvider_withTheirSettings() {
        MessagingConfig config = AppConfig.fromEnvironment(Map.of("MEDCERT_SMTP_HOST", "smtp.example.kz",
                "MEDCERT_SMTP_FROM", "noreply@medcert.example.kz", "MEDCERT_SMTP_USER", "medcert",
                "MEDCERT_SMTP_PASSWORD", "secret", "MEDCERT_SMS_URL", "https://sms.example.kz/v1/messages",
                "MEDCERT_SMS_TOKEN", "token", "MEDCERT_SMS_TIMEOUT", "PT3S")).messaging();

        assertThat(config.smtp()).hasValueSatisfying(smtp -> {
            assertThat(smtp.host()).isEqualTo("smtp.example.kz");
            assertThat(smtp.port()).isEqualTo(587);
            assertThat(smtp.startTls()).isTrue();
            assertThat(smtp.user()).contains("medcert");
            assertThat(smtp.domain()).isEqualTo("medcert.example.kz");
        });
        assertThat(config.sms()).hasValueSatisfying(sms -> {
            assertThat(sms.url()).isEqualTo(URI.create("https://sms.example.kz/v1/messages"));
            assertThat(sms.token()).isEqualTo(Optional.of("token"));
            assertThat(sms.timeout()).isEqualTo(Duration.ofSeconds(3));
        });
    }

    @Test
    void whatCannotWork_isAConfigurationErrorNamingTheVariable() {
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_SMTP_HOST", "smtp.example.kz")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_SMTP_FROM");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_SMTP_HOST", "smtp.example.kz",
                "MEDCERT_SMTP_FROM", "noreply@medcert.example.kz", "MEDCERT_SMTP_PORT", "smtp")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_SMTP_PORT");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_SMTP_HOST", "smtp.example.kz",
                "MEDCERT_SMTP_FROM", "noreply@medcert.example.kz", "MEDCERT_SMTP_STARTTLS", "yes")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_SMTP_STARTTLS");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_SMS_URL", "ftp://sms.example.kz")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_SMS_URL");
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("MEDCERT_OUTBOX_INTERVAL", "PT0S")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MEDCERT_OUTBOX_INTERVAL");
    }
}
