package kz.medcert.adapters.registries;

import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notification channel of the demo: instead of a message to the applicant's e-gov personal account (R80) it
 * writes one log line per notification, with the recipient's IIN masked (personal data stays out of logs), in the
 * recipient's language as the message would be written ({@link Notification#detail()}, from the service's bundle).
 * Delivery never fails a state change that is already stored.
 */
public final class LoggingNotifications implements Notifications {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingNotifications.class);

    @Override
    public void send(Notification n) {
        try {
            LOG.info("notify {} {} [{}]: {} ({})", n.recipient().masked(), n.kind(), n.language().tag(), n.detail(),
                    n.reference());
        } catch (RuntimeException e) {
            LOG.warn("notification {} to {} not delivered", n.kind(), n.recipient().masked(), e);
        }
    }
}
