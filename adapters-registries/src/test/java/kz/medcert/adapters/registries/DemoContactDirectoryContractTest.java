package kz.medcert.adapters.registries;

import kz.medcert.application.port.out.ContactDirectory;
import kz.medcert.application.port.out.ContactDirectoryContract;
import kz.medcert.domain.person.Iin;

/** The demo directory keeps the contact directory's contract: demo person P01 has contacts, a stranger none. */
class DemoContactDirectoryContractTest extends ContactDirectoryContract {
    private static final DemoPersons PERSONS = DemoPersons.load();

    @Override
    protected ContactDirectory directory() {
        return new DemoContactDirectory(PERSONS);
    }

    @Override
    protected Iin aPersonWithContacts() {
        return PERSONS.byId("P01").orElseThrow().iin();
    }

    @Override
    protected Iin aPersonWithout() {
        return Iin.parse("900101300017");
    }
}
