package kz.medcert.application.fakes;

import java.util.List;
import kz.medcert.application.port.out.MailGateway;
import kz.medcert.application.port.out.MailGatewayContract;
import kz.medcert.application.port.out.SmsGateway;
import kz.medcert.application.port.out.SmsGatewayContract;
import org.junit.jupiter.api.Nested;

/** The fake SMS provider and mail server keep the contracts the HTTP and SMTP adapters keep. */
class FakeMessageChannelsTest {

    @Nested
    class Sms extends SmsGatewayContract {
        private final FakeSmsProvider taking = new FakeSmsProvider(FakeSmsProvider.Answer.TAKES);

        @Override
        protected SmsGateway toAProviderThatTakesIt() {
            return taking;
        }

        @Override
        protected SmsGateway toAProviderThatRefusesIt() {
            return new FakeSmsProvider(FakeSmsProvider.Answer.REFUSES);
        }

        @Override
        protected SmsGateway toAProviderThatIsDown() {
            return new FakeSmsProvider(FakeSmsProvider.Answer.DOWN);
        }

        @Override
        protected SmsGateway toAProviderThatDoesNotAnswerInTime() {
            return new FakeSmsProvider(FakeSmsProvider.Answer.SILENT);
        }

        @Override
        protected List<SmsGateway.Sms> whatTheProviderReceived() {
            return taking.received();
        }
    }

    @Nested
    class Mail extends MailGatewayContract {
        private static final String REFUSED = "nobody@nowhere.example";
        private final FakeMailServer server = FakeMailServer.refusing(REFUSED);

        @Override
        protected MailGateway toAServerThatTakesMail() {
            return server;
        }

        @Override
        protected MailGateway toAServerThatIsDown() {
            return FakeMailServer.down();
        }

        @Override
        protected String anAddressItRefuses() {
            return REFUSED;
        }

        @Override
        protected List<Received> whatTheServerReceived() {
            return server.received().stream().map(mail -> new Received(mail.to(), mail.subject(), mail.body(),
                    mail.key(), mail.language().tag())).toList();
        }
    }
}
