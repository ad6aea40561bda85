package kz.medcert.bootstrap;

import static kz.medcert.bootstrap.Environment.positive;
import static kz.medcert.bootstrap.Environment.value;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import kz.medcert.adapters.messaging.SmsProviderSettings;
import kz.medcert.adapters.messaging.SmtpSettings;

/**
 * The SMS provider, the mail server and the outbox worker (README, "Notifications and consent codes").
 *
 * @param sms            MEDCERT_SMS_URL, MEDCERT_SMS_TOKEN, MEDCERT_SMS_TIMEOUT (PT5S): empty when no URL is set
 * @param smtp           MEDCERT_SMTP_HOST, _PORT (587), _USER, _PASSWORD, _FROM, _STARTTLS (true), _TIMEOUT (PT10S):
 *                       empty when no host is set
 * @param outboxInterval MEDCERT_OUTBOX_INTERVAL (PT5S): how often the worker looks for notifications to send
 * @param outboxLease    MEDCERT_OUTBOX_LEASE (PT5M): how long an instance's claim on the notifications it sends lasts
 * @param firstRetry     MEDCERT_OUTBOX_FIRST_RETRY (PT30S): the wait before a notification that could not be sent is
 *                       tried again; each next wait is twice as long, an hour at most
 */
public record MessagingConfig(Optional<SmsProviderSettings> sms, Optional<SmtpSettings> smtp,
                              Duration outboxInterval, Duration outboxLease, Duration firstRetry) {

    static MessagingConfig fromEnvironment(Map<String, String> env) {
        Optional<SmsProviderSettings> sms = value(env, "MEDCERT_SMS_URL").map(url -> {
            try {
                return new SmsProviderSettings(URI.create(url), value(env, "MEDCERT_SMS_TOKEN"),
                        positive(env, "MEDCERT_SMS_TIMEOUT", Duration.ofSeconds(5)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("MEDCERT_SMS_URL: " + e.getMessage(), e);
            }
        });
        Optional<SmtpSettings> smtp = value(env, "MEDCERT_SMTP_HOST").map(host -> {
            String from = value(env, "MEDCERT_SMTP_FROM").orElseThrow(() -> new IllegalArgumentException(
                    "MEDCERT_SMTP_HOST is set, so MEDCERT_SMTP_FROM must name the sender's address"));
            String port = value(env, "MEDCERT_SMTP_PORT").orElse("587");
            String startTls = value(env, "MEDCERT_SMTP_STARTTLS").orElse("true");
            if (!startTls.equals("true") && !startTls.equals("false")) {
                throw new IllegalArgumentException("MEDCERT_SMTP_STARTTLS must be true or false, not '" + startTls
                        + "'");
            }
            try {
                return new SmtpSettings(host, Integer.parseInt(port), value(env, "MEDCERT_SMTP_USER"),
                        value(env, "MEDCERT_SMTP_PASSWORD"), from, Boolean.parseBoolean(startTls),
                        positive(env, "MEDCERT_SMTP_TIMEOUT", Duration.ofSeconds(10)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("MEDCERT_SMTP_PORT must be a port number, not '" + port + "'", e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("MEDCERT_SMTP_*: " + e.getMessage(), e);
            }
        });
        return new MessagingConfig(sms, smtp, positive(env, "MEDCERT_OUTBOX_INTERVAL", Duration.ofSeconds(5)),
                positive(env, "MEDCERT_OUTBOX_LEASE", Duration.ofMinutes(5)),
                positive(env, "MEDCERT_OUTBOX_FIRST_RETRY", Duration.ofSeconds(30)));
    }
}
