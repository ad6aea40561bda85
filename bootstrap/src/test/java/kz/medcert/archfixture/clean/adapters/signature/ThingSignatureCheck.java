package kz.medcert.archfixture.clean.adapters.signature;

import kz.medcert.archfixture.clean.domain.thing.ThingId;

/** Checks a thing's signature: the cryptography lives in its adapter. */
public final class ThingSignatureCheck {
    public boolean signedBy(ThingId id, String signature) {
        return signature.endsWith(":" + id.value());
    }
}
