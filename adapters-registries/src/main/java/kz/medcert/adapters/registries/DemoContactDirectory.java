package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.out.ContactDirectory;
import kz.medcert.domain.person.Iin;

/**
 * The e-gov contacts of the demo persons: the phone their data file registers, and the e-mail address
 * {@link DemoPerson#email()} gives each (an address under the reserved {@code .example} domain, which reaches nobody).
 * Anyone else has none registered.
 */
public final class DemoContactDirectory implements ContactDirectory {
    private final DemoPersons persons;

    @Inject
    public DemoContactDirectory(DemoPersons persons) {
        this.persons = Objects.requireNonNull(persons, "persons");
    }

    @Override
    public Contacts contactsOf(Iin iin) {
        return persons.find(iin).map(p -> new Contacts(Optional.of(p.phone()), Optional.of(p.email())))
                .orElse(Contacts.NONE);
    }
}
