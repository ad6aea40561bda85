package kz.medcert.application.fakes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kz.medcert.application.port.out.ContactDirectory;
import kz.medcert.domain.person.Iin;

/** The contacts e-gov has registered, set per IIN; anyone else has none. */
public final class FakeContactDirectory implements ContactDirectory {
    private final Map<Iin, Contacts> registered = new ConcurrentHashMap<>();

    /** Registers {@code contacts} for {@code iin}. */
    public FakeContactDirectory registering(Iin iin, Contacts contacts) {
        registered.put(iin, contacts);
        return this;
    }

    @Override
    public Contacts contactsOf(Iin iin) {
        return registered.getOrDefault(iin, Contacts.NONE);
    }
}
