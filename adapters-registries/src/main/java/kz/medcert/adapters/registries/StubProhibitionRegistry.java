package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.application.port.out.ProhibitionRegistry;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.StateRegistry;

/**
 * Stand-in for the General Prosecutor's Committee prohibition service (R68): the demo status applies to every
 * specialty; NO_DATA for a stranger.
 * Answers from the demo persons under its current {@link RegistryBehaviour} (see {@link RegistryFaults}); may throw
 * RegistryUnavailableException.
 */
public final class StubProhibitionRegistry implements ProhibitionRegistry {
    private final DemoPersons persons;
    private final SimulatedRegistry registry;

    @Inject
    public StubProhibitionRegistry(DemoPersons persons, RegistryFaults faults) {
        this(persons, faults, Sleeper.THREAD);
    }

    /** With fixed behaviours, as configured. */
    public StubProhibitionRegistry(DemoPersons persons, RegistryBehaviours behaviours) {
        this(persons, new RegistryFaults(behaviours), Sleeper.THREAD);
    }

    StubProhibitionRegistry(DemoPersons persons, RegistryBehaviour behaviour, Sleeper sleeper) {
        this(persons, RegistryFaults.only(StateRegistry.PROHIBITIONS, behaviour), sleeper);
    }

    private StubProhibitionRegistry(DemoPersons persons, RegistryFaults faults, Sleeper sleeper) {
        this.persons = Objects.requireNonNull(persons, "persons");
        this.registry = new SimulatedRegistry(StateRegistry.PROHIBITIONS, faults, sleeper);
    }

    @Override
    public Prohibition prohibitionOf(Iin iin, SpecialtyCode specialty) {
        Objects.requireNonNull(specialty, "specialty");
        return registry.answer(iin, () -> persons.find(iin).map(p -> p.registries().prohibition())
                .orElse(Prohibition.NO_DATA));
    }
}
