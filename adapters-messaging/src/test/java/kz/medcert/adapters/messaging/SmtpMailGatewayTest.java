package kz.medcert.adapters.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import kz.medcert.application.port.out.DeliveryOutcome;
import kz.medcert.application.port.out.MailGateway.Mail;
import kz.medcert.domain.reference.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** E-mail over SMTP against a real SMTP server in the test (GreenMail). */
class SmtpMailGatewayTest {
    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("medcert", "mail-secret"));

    private static SmtpSettings settings(int port, Optional<String> user, Optional<String> password) {
        return new SmtpSettings("localhost", port, user, password, "noreply@medcert.example.kz", false,
                Duration.ofSeconds(3));
    }

    private static SmtpMailGateway gateway() {
        return new SmtpMailGateway(settings(mailServer.getSmtp().getPort(), Optional.of("medcert"),
                Optional.of("mail-secret")));
    }

    @Test
    void aMailArrivesWithItsSubjectBodyLanguage_andTheMessageIdOfItsKey() throws Exception {
        DeliveryOutcome outcome = gateway().send(new Mail("applicant@example.kz", "Сертификат KZ-1 выдан",
                "Сертификат KZ-1 выдан 20.11.2026.", "outbox-17", Language.RU));

        assertThat(outcome).isEqualTo(new DeliveryOutcome.Delivered("<outbox-17@medcert.example.kz>"));
        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Сертификат KZ-1 выдан");
        assertThat(received[0].getContent().toString()).contains("выдан 20.11.2026");
        assertThat(received[0].getMessageID()).isEqualTo("<outbox-17@medcert.example.kz>");
        assertThat(received[0].getHeader("Content-Language")).containsExactly("ru");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("applicant@example.kz");
    }

    @Test
    void sentTwice_itIsRecognisablyTheSameMessage() throws Exception {
        Mail mail = new Mail("applicant@example.kz", "subject", "body", "outbox-18", Language.EN);
        gateway().send(mail);
        gateway().send(mail);

        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getMessageID()).isEqualTo(received[1].getMessageID());
    }

    @Test
    void aServerThatIsDown_isToBeTriedAgain() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DeliveryOutcome outcome = new SmtpMailGateway(settings(closedPort, Optional.empty(), Optional.empty()))
                .send(new Mail("applicant@example.kz", "s", "b", "outbox-19", Language.KK));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Deferred.class);
    }

    @Test
    void aWrongPassword_isToBeTriedAgain_notLost() {
        DeliveryOutcome outcome = new SmtpMailGateway(settings(mailServer.getSmtp().getPort(),
                Optional.of("medcert"), Optional.of("wrong"))).send(new Mail("applicant@example.kz", "s", "b",
                "outbox-20", Language.KK));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Deferred.class);
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    @Test
    void anAddressThatIsNoAddress_isRefusedForGood() {
        DeliveryOutcome outcome = gateway().send(new Mail("not an address", "s", "b", "outbox-21", Language.KK));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Rejected.class);
    }

    @Test
    void aServerThatRequiresTlsItCannotUpgradeTo_isNotUsed() {
        SmtpSettings tls = new SmtpSettings("localhost", mailServer.getSmtp().getPort(), Optional.empty(),
                Optional.empty(), "noreply@medcert.example.kz", true, Duration.ofSeconds(3));

        DeliveryOutcome outcome = new SmtpMailGateway(tls).send(new Mail("applicant@example.kz", "s", "b",
                "outbox-22", Language.KK));

        assertThat(outcome).isInstanceOf(DeliveryOutcome.Deferred.class);
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }
}
