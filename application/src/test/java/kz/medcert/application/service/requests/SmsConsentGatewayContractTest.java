package kz.medcert.application.service.requests;

import java.util.List;
import java.util.Optional;
import kz.medcert.application.fakes.FakeContactDirectory;
import kz.medcert.application.fakes.FakeSmsProvider;
import kz.medcert.application.port.out.ContactDirectory.Contacts;
import kz.medcert.application.port.out.ConsentGateway;
import kz.medcert.application.port.out.ConsentGatewayContract;
import kz.medcert.application.port.out.SmsGateway.Sms;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.person.Iin;

/** The SMS consent channel keeps the consent gateway's contract: the person reads the SMS sent to their number. */
class SmsConsentGatewayContractTest extends ConsentGatewayContract {
    private static final String PHONE = "+7 701 234 56 78";

    private final FakeSmsProvider provider = new FakeSmsProvider(FakeSmsProvider.Answer.TAKES);
    private final SmsConsentGateway gateway = new SmsConsentGateway(new FakeContactDirectory().registering(
            RequestFixtures.GRADUATE_IIN, new Contacts(Optional.of(PHONE), Optional.empty())), provider);

    @Override
    protected ConsentGateway gateway() {
        return gateway;
    }

    @Override
    protected Iin aPersonItReaches() {
        return RequestFixtures.GRADUATE_IIN;
    }

    @Override
    protected Optional<String> whatThePersonReads(Iin iin) {
        List<Sms> toTheirPhone = provider.received().stream().filter(sms -> sms.to().equals(PHONE)).toList();
        return toTheirPhone.isEmpty() ? Optional.empty()
                : Optional.of(toTheirPhone.get(toTheirPhone.size() - 1).text());
    }
}
