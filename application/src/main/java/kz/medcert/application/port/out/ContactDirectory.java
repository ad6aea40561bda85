package kz.medcert.application.port.out;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.person.Iin;

/**
 * How to reach a person, as e-gov has it registered under their IIN (the mobile citizens' database: the number the
 * consent code goes to, R60, R61; and the e-mail address of their e-gov account). May throw
 * {@link RegistryUnavailableException}.
 */
public interface ContactDirectory {

    /** The person's registered contacts; {@link Contacts#NONE} when e-gov holds none. */
    Contacts contactsOf(Iin iin);

    /** A registered mobile number and e-mail address, either or both of which may be missing. */
    record Contacts(Optional<String> phone, Optional<String> email) {
        public static final Contacts NONE = new Contacts(Optional.empty(), Optional.empty());

        public Contacts {
            Objects.requireNonNull(phone, "phone");
            Objects.requireNonNull(email, "email");
        }
    }
}
