package kz.medcert.adapters.messaging;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The mail server notifications are sent through.
 *
 * @param host     MEDCERT_SMTP_HOST
 * @param port     MEDCERT_SMTP_PORT (587)
 * @param user     MEDCERT_SMTP_USER: empty for a server that takes mail without logging in
 * @param password MEDCERT_SMTP_PASSWORD
 * @param from     MEDCERT_SMTP_FROM: the sender's address; its domain is the right-hand side of every Message-ID
 * @param startTls MEDCERT_SMTP_STARTTLS (true): the connection is upgraded to TLS before anything is sent, and a server
 *                 that cannot is not used
 * @param timeout  MEDCERT_SMTP_TIMEOUT (PT10S): connecting, reading and writing each
 */
public record SmtpSettings(String host, int port, Optional<String> user, Optional<String> password, String from,
                           boolean startTls, Duration timeout) {
    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(timeout, "timeout");
        if (host.isBlank()) {
            throw new IllegalArgumentException("the SMTP host is blank");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("the SMTP port must be 1 to 65535, not " + port);
        }
        try {
            new InternetAddress(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("the sender's address is not an e-mail address: " + from, e);
        }
        if (!from.contains("@")) {
            throw new IllegalArgumentException("the sender's address has no domain: " + from);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the SMTP timeout must be positive, not " + timeout);
        }
    }

    /** The domain of the sender's address. */
    public String domain() {
        return from.substring(from.lastIndexOf('@') + 1).replace(">", "").strip();
    }
}
