package kz.medcert.adapters.registries;

import java.util.Optional;
import kz.medcert.application.port.out.ConsentGateway;
import kz.medcert.application.port.out.ConsentGatewayContract;
import kz.medcert.domain.person.Iin;

/** The demo consent channel keeps the consent gateway's contract for demo person P01. */
class StubConsentGatewayContractTest extends ConsentGatewayContract {
    private final StubConsentGateway gateway = new StubConsentGateway(DemoPersons.load());

    @Override
    protected ConsentGateway gateway() {
        return gateway;
    }

    @Override
    protected Iin aPersonItReaches() {
        return DemoPersons.load().byId("P01").orElseThrow().iin();
    }

    @Override
    protected Optional<String> whatThePersonReads(Iin iin) {
        return gateway.lastCodeSentTo(iin);
    }
}
