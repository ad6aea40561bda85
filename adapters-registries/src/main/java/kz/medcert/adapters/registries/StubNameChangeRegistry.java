package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.application.port.out.NameChangeRegistry;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.StateRegistry;

/**
 * Stand-in for civil registration of changes of name, marriage and divorce (R65); nothing for a stranger.
 * Answers from the demo persons under its current {@link RegistryBehaviour} (see {@link RegistryFaults}); may throw
 * RegistryUnavailableException.
 */
public final class StubNameChangeRegistry implements NameChangeRegistry {
    private final DemoPersons persons;
    private final SimulatedRegistry registry;

    @Inject
    public StubNameChangeRegistry(DemoPersons persons, RegistryFaults faults) {
        this(persons, faults, Sleeper.THREAD);
    }

    /** With fixed behaviours, as configured. */
    public StubNameChangeRegistry(DemoPersons persons, RegistryBehaviours behaviours) {
        this(persons, new RegistryFaults(behaviours), Sleeper.THREAD);
    }

    StubNameChangeRegistry(DemoPersons persons, RegistryBehaviour behaviour, Sleeper sleeper) {
        this(persons, RegistryFaults.only(StateRegistry.NAME_CHANGES, behaviour), sleeper);
    }

    private StubNameChangeRegistry(DemoPersons persons, RegistryFaults faults, Sleeper sleeper) {
        this.persons = Objects.requireNonNull(persons, "persons");
        this.registry = new SimulatedRegistry(StateRegistry.NAME_CHANGES, faults, sleeper);
    }

    @Override
    public boolean holdsNameChange(Iin iin) {
        return registry.answer(iin, () -> persons.find(iin).map(p -> p.registries().nameChange()).orElse(false));
    }
}
