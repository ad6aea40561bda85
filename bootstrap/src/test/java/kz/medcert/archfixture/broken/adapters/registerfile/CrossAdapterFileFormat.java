package kz.medcert.archfixture.broken.adapters.registerfile;

import kz.medcert.archfixture.broken.adapters.persistence.ThingRow;

/** Breaks adaptersDoNotDependOnEachOther: the register file adapter uses a persistence class. */
public final class CrossAdapterFileFormat {
    public ThingRow read(String line) {
        return new ThingRow(line);
    }
}
