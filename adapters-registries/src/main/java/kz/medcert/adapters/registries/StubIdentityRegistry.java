package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.application.port.out.IdentityRegistry;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.StateRegistry;

/**
 * Stand-in for the identity data of foreign specialists in the information system (R69); nothing for a stranger.
 * Answers from the demo persons under its current {@link RegistryBehaviour} (see {@link RegistryFaults}); may throw
 * RegistryUnavailableException.
 */
public final class StubIdentityRegistry implements IdentityRegistry {
    private final DemoPersons persons;
    private final SimulatedRegistry registry;

    @Inject
    public StubIdentityRegistry(DemoPersons persons, RegistryFaults faults) {
        this(persons, faults, Sleeper.THREAD);
    }

    /** With fixed behaviours, as configured. */
    public StubIdentityRegistry(DemoPersons persons, RegistryBehaviours behaviours) {
        this(persons, new RegistryFaults(behaviours), Sleeper.THREAD);
    }

    StubIdentityRegistry(DemoPersons persons, RegistryBehaviour behaviour, Sleeper sleeper) {
        this(persons, RegistryFaults.only(StateRegistry.IDENTITY, behaviour), sleeper);
    }

    private StubIdentityRegistry(DemoPersons persons, RegistryFaults faults, Sleeper sleeper) {
        this.persons = Objects.requireNonNull(persons, "persons");
        this.registry = new SimulatedRegistry(StateRegistry.IDENTITY, faults, sleeper);
    }

    @Override
    public boolean holdsIdentity(Iin iin) {
        return registry.answer(iin, () -> persons.find(iin).map(p -> p.registries().identity()).orElse(false));
    }
}
