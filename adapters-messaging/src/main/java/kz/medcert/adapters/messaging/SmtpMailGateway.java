package kz.medcert.adapters.messaging;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;
import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.MailGateway;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * E-mail over SMTP (Angus Mail). Each mail's Message-ID is {@code <key@domain of the sender>}: a copy sent again
 * after a crash between the server's acknowledgement and the outbox's mark carries the same Message-ID, so that mail
 * clients and archives recognise it as the same message. SMTP itself can do no better than at-least-once.
 *
 * <p>Answers: the server took the message (250 after DATA): sent. A 5xx on the recipient or the message, or an
 * address that is not one: refused for good. A 4xx, a server that cannot be reached, times out, fails the TLS upgrade
 * or refuses the login: to be tried again (a wrong password is the operator's to fix, and no mail is lost meanwhile).
 */
public final class SmtpMailGateway implements MailGateway {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailGateway.class);

    private final SmtpSettings settings;
    private final Session session;

    public SmtpMailGateway(SmtpSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        String millis = Long.toString(settings.timeout().toMillis());
        properties.put("mail.smtp.connectiontimeout", millis);
        properties.put("mail.smtp.timeout", millis);
        properties.put("mail.smtp.writetimeout", millis);
        this.session = Session.getInstance(properties);
    }

    /** The Message-ID of the mail sent under {@code key}. */
    public String messageId(String key) {
        return "<" + key + "@" + settings.domain() + ">";
    }

    @Override
    public DeliveryOutcome send(Mail mail) {
        DeliveryOutcome outcome;
        try {
            MimeMessage message = new StableIdMessage(session, messageId(mail.key()));
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
            message.setHeader("Content-Language", mail.language().tag());
            message.saveChanges();
            try (Transport transport = session.getTransport()) {
                transport.connect(settings.host(), settings.port(), settings.user().orElse(null),
                        settings.password().orElse(null));
                transport.sendMessage(message, message.getAllRecipients());
            }
            outcome = new DeliveryOutcome.Delivered(messageId(mail.key()));
        } catch (AddressException e) {
            outcome = new DeliveryOutcome.Rejected("not an e-mail address: " + e.getMessage());
        } catch (AuthenticationFailedException e) {
            outcome = new DeliveryOutcome.Deferred("the mail server refused the login");
        } catch (MessagingException e) {
            outcome = outcome(e);
        }
        LOG.info("mail {} to {}: {}", messageId(mail.key()), masked(mail.to()), outcome);
        return outcome;
    }

    /** By the server's reply code where it gave one: 5xx for good, anything else (4xx, no reply at all) for now. */
    static DeliveryOutcome outcome(MessagingException e) {
        int code = replyCode(e);
        String reason = code > 0 ? "the mail server answered " + code : "the mail server could not be reached: "
                + e.getMessage();
        return code >= 500 ? new DeliveryOutcome.Rejected(reason) : new DeliveryOutcome.Deferred(reason);
    }

    private static int replyCode(MessagingException e) {
        for (Exception next = e; next != null; ) {
            if (next instanceof SMTPAddressFailedException failed) {
                return failed.getReturnCode();
            }
            if (next instanceof SMTPSendFailedException failed) {
                int own = failed.getReturnCode();
                int nested = failed.getNextException() instanceof MessagingException m ? replyCode(m) : -1;
                return Math.max(own, nested);
            }
            if (next instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                    && failed.getInvalidAddresses().length > 0) {
                next = failed.getNextException();
                continue;
            }
            next = next instanceof MessagingException m ? m.getNextException() : null;
        }
        return -1;
    }

    private static String masked(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? "***" : address.charAt(0) + "***" + address.substring(at);
    }

    /** A message whose Message-ID is the one given, not a fresh one for each attempt. */
    private static final class StableIdMessage extends MimeMessage {
        private final String id;

        StableIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
