package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import kz.medcert.application.port.out.EducationRegistry;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.StateRegistry;

/**
 * Stand-in for the education registry (R62, R63): diplomas and postgraduate training, or empty lists for a stranger.
 * Answers from the demo persons under its current {@link RegistryBehaviour} (see {@link RegistryFaults}); may throw
 * RegistryUnavailableException.
 */
public final class StubEducationRegistry implements EducationRegistry {
    private final DemoPersons persons;
    private final SimulatedRegistry registry;

    @Inject
    public StubEducationRegistry(DemoPersons persons, RegistryFaults faults) {
        this(persons, faults, Sleeper.THREAD);
    }

    /** With fixed behaviours, as configured. */
    public StubEducationRegistry(DemoPersons persons, RegistryBehaviours behaviours) {
        this(persons, new RegistryFaults(behaviours), Sleeper.THREAD);
    }

    StubEducationRegistry(DemoPersons persons, RegistryBehaviour behaviour, Sleeper sleeper) {
        this(persons, RegistryFaults.only(StateRegistry.EDUCATION, behaviour), sleeper);
    }

    private StubEducationRegistry(DemoPersons persons, RegistryFaults faults, Sleeper sleeper) {
        this.persons = Objects.requireNonNull(persons, "persons");
        this.registry = new SimulatedRegistry(StateRegistry.EDUCATION, faults, sleeper);
    }

    @Override
    public EducationFound educationOf(Iin iin) {
        return registry.answer(iin, () -> persons.find(iin)
                .map(p -> new EducationFound(p.registries().education(), p.registries().postgraduate()))
                .orElseGet(() -> new EducationFound(List.of(), List.of())));
    }
}
