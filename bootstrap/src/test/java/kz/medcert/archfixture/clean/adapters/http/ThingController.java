package kz.medcert.archfixture.clean.adapters.http;

import kz.medcert.archfixture.clean.application.port.in.RegisterThingCommand;
import kz.medcert.archfixture.clean.application.port.in.RegisterThingUseCase;
import kz.medcert.archfixture.clean.domain.thing.ThingId;
import jakarta.inject.Inject;

/** HTTP adapter: talks to the core through the in-port. */
public final class ThingController {
    private final RegisterThingUseCase registerThing;

    @Inject
    public ThingController(RegisterThingUseCase registerThing) {
        this.registerThing = registerThing;
    }

    public String register(String id) {
        return registerThing.register(new RegisterThingCommand(new ThingId(id))).id().value();
    }
}
