package kz.medcert.archfixture.clean.adapters.registries;

import kz.medcert.archfixture.clean.domain.thing.ThingId;
import java.util.Set;

/** Deterministic registry stub. */
public final class StubThingRegistry {
    private static final Set<ThingId> KNOWN = Set.of(new ThingId("T-1"));

    public boolean knows(ThingId id) {
        return KNOWN.contains(id);
    }
}
