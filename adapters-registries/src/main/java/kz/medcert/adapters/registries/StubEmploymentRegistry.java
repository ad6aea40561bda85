package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import kz.medcert.application.port.out.EmploymentRegistry;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.StateRegistry;

/**
 * Stand-in for employee profiles and employment contracts (R67); empty for a stranger.
 * Answers from the demo persons under its current {@link RegistryBehaviour} (see {@link RegistryFaults}); may throw
 * RegistryUnavailableException.
 */
public final class StubEmploymentRegistry implements EmploymentRegistry {
    private final DemoPersons persons;
    private final SimulatedRegistry registry;

    @Inject
    public StubEmploymentRegistry(DemoPersons persons, RegistryFaults faults) {
        this(persons, faults, Sleeper.THREAD);
    }

    /** With fixed behaviours, as configured. */
    public StubEmploymentRegistry(DemoPersons persons, RegistryBehaviours behaviours) {
        this(persons, new RegistryFaults(behaviours), Sleeper.THREAD);
    }

    StubEmploymentRegistry(DemoPersons persons, RegistryBehaviour behaviour, Sleeper sleeper) {
        this(persons, RegistryFaults.only(StateRegistry.EMPLOYMENT, behaviour), sleeper);
    }

    private StubEmploymentRegistry(DemoPersons persons, RegistryFaults faults, Sleeper sleeper) {
        this.persons = Objects.requireNonNull(persons, "persons");
        this.registry = new SimulatedRegistry(StateRegistry.EMPLOYMENT, faults, sleeper);
    }

    @Override
    public List<EmploymentPeriod> employmentOf(Iin iin) {
        return registry.answer(iin, () -> persons.find(iin).map(p -> p.registries().employment()).orElse(List.of()));
    }
}
