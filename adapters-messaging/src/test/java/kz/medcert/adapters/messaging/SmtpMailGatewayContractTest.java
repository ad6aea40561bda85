package kz.medcert.adapters.messaging;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import kz.medcert.application.port.out.MailGateway;
import kz.medcert.application.port.out.MailGatewayContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SMTP gateway keeps the mail contract against a real SMTP server in the test (GreenMail), as the fake does. */
class SmtpMailGatewayContractTest extends MailGatewayContract {
    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP)
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("medcert", "mail-secret"));

    private static SmtpMailGateway gateway(int port) {
        return new SmtpMailGateway(new SmtpSettings("localhost", port, Optional.of("medcert"),
                Optional.of("mail-secret"), "noreply@medcert.example.kz", false, Duration.ofSeconds(3)));
    }

    @Override
    protected MailGateway toAServerThatTakesMail() {
        return gateway(mailServer.getSmtp().getPort());
    }

    @Override
    protected MailGateway toAServerThatIsDown() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return gateway(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected String anAddressItRefuses() {
        return "not an address";
    }

    @Override
    protected List<Received> whatTheServerReceived() {
        return Arrays.stream(mailServer.getReceivedMessages()).map(SmtpMailGatewayContractTest::received).toList();
    }

    private static Received received(MimeMessage message) {
        try {
            String[] language = message.getHeader("Content-Language");
            return new Received(message.getAllRecipients()[0].toString(), message.getSubject(),
                    message.getContent().toString().strip(), message.getMessageID(),
                    language == null ? null : String.join(",", language));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
