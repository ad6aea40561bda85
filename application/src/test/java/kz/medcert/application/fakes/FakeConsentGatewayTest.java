package kz.medcert.application.fakes;

import java.util.Optional;
import kz.medcert.application.port.out.ConsentGateway;
import kz.medcert.application.port.out.ConsentGatewayContract;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.person.Iin;

/** The tests' consent channel keeps the contract the demo stub and the SMS channel keep. */
class FakeConsentGatewayTest extends ConsentGatewayContract {
    private final FakeConsentGateway gateway = new FakeConsentGateway();

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
        return gateway.lastCodeSentTo(iin);
    }
}
