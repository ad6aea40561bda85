package kz.medcert.archfixture.broken.adapters.registerfile;

/** A legitimate register file class; FileFormatAwareController reaches it from another adapter. */
public record ThingFileLine(String text) {
}
