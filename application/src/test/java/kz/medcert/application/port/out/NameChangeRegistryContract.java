package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NameChangeRegistry} promises (R65): yes for a person it holds a change of name of, no (not an
 * error) for a person it holds none of; the same question gets the same answer. Extend it with the registry, a person
 * with a change of name on record and one without.
 */
public abstract class NameChangeRegistryContract {

    protected abstract NameChangeRegistry registry();

    /** A person the registry holds a change of name of. */
    protected abstract Iin aPersonItHolds();

    /** A person the registry holds no change of name of. */
    protected abstract Iin aPersonItDoesNotHold();

    @Test
    void aChangeOfNameOnRecord_isAnsweredYes() {
        assertThat(registry().holdsNameChange(aPersonItHolds())).isTrue();
    }

    @Test
    void aPersonWithoutOne_isAnsweredNo_notAnError() {
        assertThat(registry().holdsNameChange(aPersonItDoesNotHold())).isFalse();
    }

    @Test
    void theSameQuestion_getsTheSameAnswer() {
        assertThat(registry().holdsNameChange(aPersonItHolds()))
                .isEqualTo(registry().holdsNameChange(aPersonItHolds()));
        assertThat(registry().holdsNameChange(aPersonItDoesNotHold()))
                .isEqualTo(registry().holdsNameChange(aPersonItDoesNotHold()));
    }
}
