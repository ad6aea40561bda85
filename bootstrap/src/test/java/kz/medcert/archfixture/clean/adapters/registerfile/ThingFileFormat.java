package kz.medcert.archfixture.clean.adapters.registerfile;

import kz.medcert.archfixture.clean.domain.thing.ThingId;

/** Reads a thing's id from a line of a file: the format lives in its adapter. */
public final class ThingFileFormat {
    public ThingId read(String line) {
        return new ThingId(line.strip());
    }
}
