package kz.medcert.archfixture.clean.application.service;

import kz.medcert.archfixture.clean.application.port.in.RegisterThingCommand;
import kz.medcert.archfixture.clean.application.port.in.RegisterThingUseCase;
import kz.medcert.archfixture.clean.application.port.out.ThingRepository;
import kz.medcert.archfixture.clean.domain.thing.Thing;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Use-case implementation: reads time from the injected Clock. */
public final class RegisterThingService implements RegisterThingUseCase {
    private final ThingRepository things;
    private final Clock clock;

    @Inject
    public RegisterThingService(ThingRepository things, Clock clock) {
        this.things = things;
        this.clock = clock;
    }

    @Override
    public Thing register(RegisterThingCommand command) {
        Thing thing = new Thing(command.id(), LocalDate.now(clock), new int[] {1}, List.of());
        things.save(thing);
        return thing;
    }
}
