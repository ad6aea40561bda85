package kz.medcert.archfixture.broken.adapters.persistence;

import kz.medcert.archfixture.broken.adapters.registries.RegistryRecord;

/** Breaks adaptersDoNotDependOnEachOther: persistence uses a registries class. */
public final class CrossAdapterRepository {
    public String load(String id) {
        return new RegistryRecord(id).id();
    }
}
