package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import kz.medcert.application.port.out.CertificateRegistry;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.StateRegistry;

/**
 * Stand-in for the register of specialist certificates and qualification levels (R64); empty for a stranger.
 * Answers from the demo persons under its current {@link RegistryBehaviour} (see {@link RegistryFaults}); may throw
 * RegistryUnavailableException.
 */
public final class StubCertificateRegistry implements CertificateRegistry {
    private final DemoPersons persons;
    private final SimulatedRegistry registry;

    @Inject
    public StubCertificateRegistry(DemoPersons persons, RegistryFaults faults) {
        this(persons, faults, Sleeper.THREAD);
    }

    /** With fixed behaviours, as configured. */
    public StubCertificateRegistry(DemoPersons persons, RegistryBehaviours behaviours) {
        this(persons, new RegistryFaults(behaviours), Sleeper.THREAD);
    }

    StubCertificateRegistry(DemoPersons persons, RegistryBehaviour behaviour, Sleeper sleeper) {
        this(persons, RegistryFaults.only(StateRegistry.CERTIFICATES, behaviour), sleeper);
    }

    private StubCertificateRegistry(DemoPersons persons, RegistryFaults faults, Sleeper sleeper) {
        this.persons = Objects.requireNonNull(persons, "persons");
        this.registry = new SimulatedRegistry(StateRegistry.CERTIFICATES, faults, sleeper);
    }

    @Override
    public List<HeldCertificate> certificatesOf(Iin iin) {
        return registry.answer(iin, () -> persons.find(iin).map(p -> p.registries().certificates()).orElse(List.of()));
    }
}
