package kz.medcert.archfixture.broken.application.port.in;

import kz.medcert.archfixture.broken.application.port.out.ThingStore;

/** Breaks portInDoesNotDependOnPortOut. */
public record LeakyThingQuery(String id, ThingStore store) {
}
