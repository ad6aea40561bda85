package kz.medcert.archfixture.clean.adapters.persistence;

import kz.medcert.archfixture.clean.application.port.out.ThingRepository;
import kz.medcert.archfixture.clean.domain.thing.Thing;
import kz.medcert.archfixture.clean.domain.thing.ThingId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Persistence adapter implementing the out-port. */
public final class InMemoryThingRepository implements ThingRepository {
    private final Map<ThingId, Thing> things = new ConcurrentHashMap<>();

    @Override
    public void save(Thing thing) {
        things.put(thing.id(), thing);
    }

    @Override
    public Optional<Thing> findById(ThingId id) {
        return Optional.ofNullable(things.get(id));
    }
}
