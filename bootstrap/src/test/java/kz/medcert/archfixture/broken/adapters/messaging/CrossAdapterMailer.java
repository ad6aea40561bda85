package kz.medcert.archfixture.broken.adapters.messaging;

import kz.medcert.archfixture.broken.adapters.registries.RegistryRecord;

/** Breaks adaptersDoNotDependOnEachOther: the messaging adapter looks a contact up in a registry adapter's class. */
public final class CrossAdapterMailer {
    public String addressOf(RegistryRecord person) {
        return String.valueOf(person);
    }
}
