package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.out.IdentityRegistry;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.PersonRecord;
import kz.medcert.domain.request.StateRegistry;

/**
 * Stand-in for the state database of individuals (R03, R69, R71): the demo person's name, citizenship and region of
 * residence; nobody for a stranger or a demo person the database does not hold.
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
    public Optional<PersonRecord> personOf(Iin iin) {
        return registry.answer(iin, () -> persons.find(iin).filter(p -> p.registries().identity()).map(p ->
                new PersonRecord(p.iin(), p.name(), p.citizenship(),
                        Optional.of(kz.medcert.domain.access.Region.valueOf(p.region().name())),
                        p.registries().permanentResident())));
    }
}
