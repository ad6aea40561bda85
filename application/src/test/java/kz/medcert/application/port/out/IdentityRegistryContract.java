package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdentityRegistry} promises: the person it holds under an IIN is answered with that IIN; nobody
 * (empty, not an error) for an IIN it holds nobody under; the same question gets the same answer. Extend it with the
 * registry, a person it holds and one it does not.
 */
public abstract class IdentityRegistryContract extends RegistryContract<IdentityRegistry> {

    /**
     * @param registry makes the registry under test, asked each time a test asks for it
     * @param aPersonItHolds an IIN the registry holds a person under
     * @param aPersonItDoesNotHold an IIN the registry holds nobody under
     */
    protected IdentityRegistryContract(Supplier<IdentityRegistry> registry,
                                       Iin aPersonItHolds, Iin aPersonItDoesNotHold) {
        super(registry, aPersonItHolds, aPersonItDoesNotHold);
    }

    @Test
    void aPersonItHolds_isAnsweredUnderTheIinAsked() {
        assertThat(registry().personOf(aPersonItHolds()))
                .hasValueSatisfying(person -> assertThat(person.iin()).isEqualTo(aPersonItHolds()));
    }

    @Test
    void anIinItHoldsNobodyUnder_isAnsweredEmpty_notAnError() {
        assertThat(registry().personOf(aPersonItDoesNotHold())).isEmpty();
    }

    @Test
    void theSameQuestion_getsTheSameAnswer() {
        assertThat(registry().personOf(aPersonItHolds())).isEqualTo(registry().personOf(aPersonItHolds()));
    }
}
