package kz.medcert.application.fakes;

import java.util.Optional;
import kz.medcert.application.port.out.ContactDirectory;
import kz.medcert.application.port.out.ContactDirectory.Contacts;
import kz.medcert.application.port.out.ContactDirectoryContract;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.person.Iin;

/** The fake directory keeps the contract the demo directory keeps. */
class FakeContactDirectoryTest extends ContactDirectoryContract {
    private final FakeContactDirectory directory = new FakeContactDirectory().registering(
            RequestFixtures.GRADUATE_IIN, new Contacts(Optional.of("+7 701 234 56 78"),
                    Optional.of("graduate@example.kz")));

    @Override
    protected ContactDirectory directory() {
        return directory;
    }

    @Override
    protected Iin aPersonWithContacts() {
        return RequestFixtures.GRADUATE_IIN;
    }

    @Override
    protected Iin aPersonWithout() {
        return RequestFixtures.FOREIGN_IIN;
    }
}
