package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NameChangeRegistry} promises (R65): yes for a person it holds a change of name of, no (not an
 * error) for a person it holds none of; the same question gets the same answer. Extend it with the registry, a person
 * with a change of name on record and one without.
 */
public abstract class NameChangeRegistryContract extends RegistryContract<NameChangeRegistry> {

    /**
     * @param registry makes the registry under test, asked each time a test asks for it
     * @param aPersonItHolds a person the registry holds a change of name of
     * @param aPersonItDoesNotHold a person the registry holds no change of name of
     */
    protected NameChangeRegistryContract(Supplier<NameChangeRegistry> registry,
                                         Iin aPersonItHolds, Iin aPersonItDoesNotHold) {
        super(registry, aPersonItHolds, aPersonItDoesNotHold);
    }

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
