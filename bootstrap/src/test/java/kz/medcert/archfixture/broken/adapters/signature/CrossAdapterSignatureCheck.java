package kz.medcert.archfixture.broken.adapters.signature;

import kz.medcert.archfixture.broken.adapters.registries.RegistryRecord;

/** Breaks adaptersDoNotDependOnEachOther: the signature adapter asks a registry stub who signed. */
public final class CrossAdapterSignatureCheck {
    public String signer(String id) {
        return new RegistryRecord(id).id();
    }
}
