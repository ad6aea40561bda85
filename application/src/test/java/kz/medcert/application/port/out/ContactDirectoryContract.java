package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.application.port.out.ContactDirectory.Contacts;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ContactDirectory} promises (R60, R61): the mobile number and e-mail address registered for a
 * person; {@link Contacts#NONE} (not an error) for a person with none registered; the same question gets the same
 * answer. Extend it with the directory, a person with both registered and one with none.
 */
public abstract class ContactDirectoryContract {

    protected abstract ContactDirectory directory();

    /** A person with a mobile number and an e-mail address registered. */
    protected abstract Iin aPersonWithContacts();

    /** A person with no contact registered. */
    protected abstract Iin aPersonWithout();

    @Test
    void aPersonsRegisteredContacts_areAnswered() {
        Contacts contacts = directory().contactsOf(aPersonWithContacts());

        assertThat(contacts.phone()).hasValueSatisfying(phone -> assertThat(phone).isNotBlank());
        assertThat(contacts.email()).hasValueSatisfying(email -> assertThat(email).contains("@"));
    }

    @Test
    void aPersonWithNoneRegistered_getsNone_notAnError() {
        assertThat(directory().contactsOf(aPersonWithout())).isEqualTo(Contacts.NONE);
    }

    @Test
    void theSameQuestion_getsTheSameAnswer() {
        assertThat(directory().contactsOf(aPersonWithContacts()))
                .isEqualTo(directory().contactsOf(aPersonWithContacts()));
    }
}
