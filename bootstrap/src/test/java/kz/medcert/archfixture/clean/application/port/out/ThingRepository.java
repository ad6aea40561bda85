package kz.medcert.archfixture.clean.application.port.out;

import kz.medcert.archfixture.clean.domain.thing.Thing;
import kz.medcert.archfixture.clean.domain.thing.ThingId;
import java.util.Optional;

/** Out-port. */
public interface ThingRepository {
    void save(Thing thing);

    Optional<Thing> findById(ThingId id);
}
