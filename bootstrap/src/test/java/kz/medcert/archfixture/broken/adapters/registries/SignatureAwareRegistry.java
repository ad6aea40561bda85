package kz.medcert.archfixture.broken.adapters.registries;

import kz.medcert.archfixture.broken.adapters.signature.SignerFacts;

/** Breaks adaptersDoNotDependOnEachOther: a registry stub uses the signature adapter's class. */
public final class SignatureAwareRegistry {
    public String signedBy(String subject) {
        return new SignerFacts(subject).subject();
    }
}
