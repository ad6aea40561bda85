package kz.medcert.archfixture.clean.application.port.in;

import kz.medcert.archfixture.clean.domain.thing.Thing;

/** In-port. */
public interface RegisterThingUseCase {
    Thing register(RegisterThingCommand command);
}
