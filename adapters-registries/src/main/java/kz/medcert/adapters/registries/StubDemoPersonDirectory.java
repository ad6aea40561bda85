package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import kz.medcert.application.port.in.reference.DemoAccountsUseCase.DemoApplicant;
import kz.medcert.application.port.out.DemoPersonDirectory;

/** The demo persons the stub registries answer about, for a demo sign-in page. */
public final class StubDemoPersonDirectory implements DemoPersonDirectory {
    private final List<DemoApplicant> persons;

    @Inject
    public StubDemoPersonDirectory(DemoPersons demo) {
        this.persons = Objects.requireNonNull(demo, "demo").all().stream()
                .map(p -> new DemoApplicant(p.id(), p.iin(), p.name(),
                        kz.medcert.domain.access.Region.valueOf(p.region().name()), p.scenario().title())).toList();
    }

    @Override
    public List<DemoApplicant> persons() {
        return persons;
    }
}
