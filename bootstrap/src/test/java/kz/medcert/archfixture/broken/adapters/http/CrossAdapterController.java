package kz.medcert.archfixture.broken.adapters.http;

import kz.medcert.archfixture.broken.adapters.persistence.ThingRow;

/** Breaks adaptersDoNotDependOnEachOther: HTTP uses a persistence class. */
public final class CrossAdapterController {
    public String show(String id) {
        return new ThingRow(id).id();
    }
}
