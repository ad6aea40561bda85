package kz.medcert.adapters.registries;

import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.MailGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's mail channel while no mail server is configured: instead of an e-mail, one log line per notification,
 * with its key, language, subject and text (the demo persons' addresses reach nobody; a real person's is shown only
 * by its domain), and "sent". Notifications still pass through the outbox, as they do with a mail server.
 */
public final class LoggingMailGateway implements MailGateway {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingMailGateway.class);

    @Override
    public DeliveryOutcome send(Mail mail) {
        String domain = mail.to().substring(mail.to().indexOf('@') + 1);
        LOG.info("notify ***@{} {} [{}]: {} | {}", domain, mail.key(), mail.language().tag(), mail.subject(),
                mail.body());
        return new DeliveryOutcome.Delivered("logged");
    }
}
