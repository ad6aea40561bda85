package kz.medcert.archfixture.clean.adapters.web;

import jakarta.inject.Inject;
import kz.medcert.archfixture.clean.application.port.in.RegisterThingCommand;
import kz.medcert.archfixture.clean.application.port.in.RegisterThingUseCase;
import kz.medcert.archfixture.clean.domain.thing.ThingId;

/** Web adapter: a page that registers a thing through the in-port, as the HTTP API does. */
public final class ThingPage {
    private final RegisterThingUseCase registerThing;

    @Inject
    public ThingPage(RegisterThingUseCase registerThing) {
        this.registerThing = registerThing;
    }

    public String submit(String id) {
        return "<p>" + registerThing.register(new RegisterThingCommand(new ThingId(id))).id().value() + "</p>";
    }
}
