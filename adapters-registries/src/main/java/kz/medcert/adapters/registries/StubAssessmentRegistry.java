package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import kz.medcert.application.port.out.AssessmentRegistry;
import kz.medcert.domain.dossier.AssessmentResult;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.StateRegistry;

/**
 * Stand-in for the results of the assessment of professional preparedness (R66); empty for a stranger.
 * Answers from the demo persons under its current {@link RegistryBehaviour} (see {@link RegistryFaults}); may throw
 * RegistryUnavailableException.
 */
public final class StubAssessmentRegistry implements AssessmentRegistry {
    private final DemoPersons persons;
    private final SimulatedRegistry registry;

    @Inject
    public StubAssessmentRegistry(DemoPersons persons, RegistryFaults faults) {
        this(persons, faults, Sleeper.THREAD);
    }

    /** With fixed behaviours, as configured. */
    public StubAssessmentRegistry(DemoPersons persons, RegistryBehaviours behaviours) {
        this(persons, new RegistryFaults(behaviours), Sleeper.THREAD);
    }

    StubAssessmentRegistry(DemoPersons persons, RegistryBehaviour behaviour, Sleeper sleeper) {
        this(persons, RegistryFaults.only(StateRegistry.ASSESSMENTS, behaviour), sleeper);
    }

    private StubAssessmentRegistry(DemoPersons persons, RegistryFaults faults, Sleeper sleeper) {
        this.persons = Objects.requireNonNull(persons, "persons");
        this.registry = new SimulatedRegistry(StateRegistry.ASSESSMENTS, faults, sleeper);
    }

    @Override
    public List<AssessmentResult> assessmentsOf(Iin iin) {
        return registry.answer(iin, () -> persons.find(iin).map(p -> p.registries().assessments()).orElse(List.of()));
    }
}
