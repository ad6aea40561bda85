package kz.medcert.archfixture.broken.adapters.http;

import kz.medcert.archfixture.broken.adapters.registerfile.ThingFileLine;

/** Breaks adaptersDoNotDependOnEachOther: HTTP formats a body with the register file adapter's class. */
public final class FileFormatAwareController {
    public String export(String id) {
        return new ThingFileLine(id).text();
    }
}
