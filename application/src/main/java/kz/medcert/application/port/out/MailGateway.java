package kz.medcert.application.port.out;

import java.util.Objects;
import kz.medcert.domain.reference.Language;

/**
 * A mail server: sends one e-mail. Never throws for what the server answers or for a server that does not answer: it
 * says so in the {@link DeliveryOutcome}.
 */
public interface MailGateway {

    DeliveryOutcome send(Mail mail);

    /**
     * One plain-text e-mail.
     *
     * @param key      stable for every attempt to send this very message: the adapter derives the Message-ID from it,
     *                 so that a copy sent again after a crash is recognisably the same message
     * @param language the language subject and body are written in (the Content-Language header)
     */
    record Mail(String to, String subject, String body, String key, Language language) {
        public Mail {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(language, "language");
        }
    }
}
