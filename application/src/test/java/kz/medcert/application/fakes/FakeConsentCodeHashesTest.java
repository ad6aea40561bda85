package kz.medcert.application.fakes;

import kz.medcert.application.port.out.ConsentCodeHashes;
import kz.medcert.application.port.out.ConsentCodeHashesContract;

/** The fake hashes consent codes as the port promises, as the HMAC adapter does. */
class FakeConsentCodeHashesTest extends ConsentCodeHashesContract {

    @Override
    protected ConsentCodeHashes hashes() {
        return new FakeConsentCodeHashes();
    }

    @Override
    protected ConsentCodeHashes hashesUnderAnotherKey() {
        return new FakeConsentCodeHashes("another-consent-code-key-32-bytes!!");
    }
}
