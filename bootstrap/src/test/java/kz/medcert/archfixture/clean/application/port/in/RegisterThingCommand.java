package kz.medcert.archfixture.clean.application.port.in;

import kz.medcert.archfixture.clean.domain.thing.ThingId;

/** Input of RegisterThingUseCase. */
public record RegisterThingCommand(ThingId id) {
}
