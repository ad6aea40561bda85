package kz.medcert.application.port.out;

import java.util.Objects;

/**
 * An SMS provider: sends one text message to one mobile number. Never throws for what the provider answers or for a
 * provider that does not answer: it says so in the {@link DeliveryOutcome}.
 */
public interface SmsGateway {

    DeliveryOutcome send(Sms sms);

    /**
     * One text message.
     *
     * @param to             the mobile number, as registered (e.g. {@code +7 701 234 56 78})
     * @param text           the text, in the recipient's language
     * @param idempotencyKey the same for every attempt to send this very message, so that a provider that already
     *                       took it can tell a retry from a new message
     */
    record Sms(String to, String text, String idempotencyKey) {
        public Sms {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }

        /** Only the number's last two digits: what a log line may show. */
        public String maskedTo() {
            return "***" + to.substring(Math.max(0, to.length() - 2));
        }
    }
}
