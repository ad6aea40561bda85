package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import kz.medcert.application.port.out.MailGateway.Mail;
import kz.medcert.domain.reference.Language;
import org.junit.jupiter.api.Test;

/**
 * What every {@link MailGateway} promises: a mail the server takes is delivered and arrives with its recipient,
 * subject, body and language; a mail sent again under the same key arrives as recognisably the same message (another
 * key, another message); a refusal for good and a server that does not answer come back as an outcome, never as an
 * exception. Extend it with gateways to a server that takes mail and to one that is down, an address the server
 * refuses, and what the server received.
 */
public abstract class MailGatewayContract {
    private static final Mail ISSUED = new Mail("applicant@example.kz", "Сертификат KZ-1 выдан",
            "Сертификат KZ-1 выдан 20.11.2026.", "outbox-17", Language.RU);

    /** One mail as the server received it; {@code identity} is what tells one message from another there. */
    public record Received(String to, String subject, String body, String identity, String contentLanguage) {
        public Received {
            Objects.requireNonNull(identity, "identity");
        }
    }

    protected abstract MailGateway toAServerThatTakesMail();

    /** A server nobody answers for. */
    protected abstract MailGateway toAServerThatIsDown();

    /** An address that mail to the server that takes mail is refused for good for (by the server or the gateway). */
    protected abstract String anAddressItRefuses();

    /** The mails the server that takes mail received, in the order they arrived. */
    protected abstract List<Received> whatTheServerReceived();

    @Test
    void aMailTheServerTakes_isDelivered_andArrivesWithItsSubjectBodyAndLanguage() {
        DeliveryOutcome outcome = toAServerThatTakesMail().send(ISSUED);

        assertThat(outcome).isInstanceOfSatisfying(DeliveryOutcome.Delivered.class,
                delivered -> assertThat(delivered.receipt()).isNotBlank());
        assertThat(whatTheServerReceived()).singleElement().satisfies(received -> {
            assertThat(received.to()).isEqualTo(ISSUED.to());
            assertThat(received.subject()).isEqualTo(ISSUED.subject());
            assertThat(received.body()).isEqualTo(ISSUED.body());
            assertThat(received.contentLanguage()).isEqualTo("ru");
        });
    }

    @Test
    void aMailSentAgainUnderItsKey_isRecognisablyTheSameMessage_anotherKeyIsAnother() {
        MailGateway gateway = toAServerThatTakesMail();
        gateway.send(ISSUED);
        gateway.send(ISSUED);
        gateway.send(new Mail(ISSUED.to(), ISSUED.subject(), ISSUED.body(), "outbox-18", ISSUED.language()));

        List<String> identities = whatTheServerReceived().stream().map(Received::identity).toList();
        assertThat(identities).hasSize(3);
        assertThat(identities.get(1)).isEqualTo(identities.get(0));
        assertThat(identities.get(2)).isNotEqualTo(identities.get(0));
    }

    @Test
    void anAddressTheServerRefuses_isRejected_notThrown_andNothingArrives() {
        Mail refused = new Mail(anAddressItRefuses(), "s", "b", "outbox-21", Language.KK);

        assertThat(toAServerThatTakesMail().send(refused)).isInstanceOfSatisfying(DeliveryOutcome.Rejected.class,
                rejected -> assertThat(rejected.reason()).isNotBlank());
        assertThat(whatTheServerReceived()).isEmpty();
    }

    @Test
    void aServerThatIsDown_isDeferred_notThrown() {
        assertThat(toAServerThatIsDown().send(ISSUED)).isInstanceOfSatisfying(DeliveryOutcome.Deferred.class,
                deferred -> assertThat(deferred.reason()).isNotBlank());
    }
}
