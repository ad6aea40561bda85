package kz.medcert.archfixture.broken.adapters.registries;

import kz.medcert.archfixture.broken.adapters.http.ThingResponse;

/** Breaks adaptersDoNotDependOnEachOther: registries use an HTTP class. */
public final class CrossAdapterRegistry {
    public ThingResponse lookUp(String id) {
        return new ThingResponse(id);
    }
}
