package kz.medcert.application.service.reference;

import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Objects;
import kz.medcert.application.port.in.reference.DemoAccountsUseCase;
import kz.medcert.application.port.out.DemoPersonDirectory;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;

/** The demo persons from the directory, an officer for each department (R71) and one administrator. */
public final class DemoAccountsService implements DemoAccountsUseCase {
    static final Actor.Admin ADMINISTRATOR = new Actor.Admin("ADM-1");

    private final DemoPersonDirectory directory;

    @Inject
    public DemoAccountsService(DemoPersonDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public DemoAccounts accounts() {
        return new DemoAccounts(directory.persons(),
                Arrays.stream(Region.values()).map(Department::of).map(DemoAccountsUseCase::officerOf).toList(),
                ADMINISTRATOR);
    }
}
