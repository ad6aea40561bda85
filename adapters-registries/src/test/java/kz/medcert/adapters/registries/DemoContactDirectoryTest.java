package kz.medcert.adapters.registries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import kz.medcert.application.port.out.ContactDirectory.Contacts;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/** The demo persons' e-gov contacts: their registered phone and an address that reaches no real mailbox. */
class DemoContactDirectoryTest {
    private final DemoPersons persons = DemoPersons.load();
    private final DemoContactDirectory directory = new DemoContactDirectory(persons);

    @Test
    void aDemoPersonHasTheirPhoneAndAReservedDomainAddress() {
        DemoPerson pediatrician = persons.byId("P01").orElseThrow();

        assertThat(directory.contactsOf(pediatrician.iin()))
                .isEqualTo(new Contacts(Optional.of(pediatrician.phone()), Optional.of("p01@medcert.example")));
    }

    @Test
    void anyoneElseHasNoneRegistered() {
        assertThat(directory.contactsOf(Iin.parse("900101300017"))).isEqualTo(Contacts.NONE);
    }
}
