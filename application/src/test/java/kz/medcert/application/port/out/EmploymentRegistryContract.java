package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EmploymentRegistry} promises (R67): the periods of employment it holds for a person, each marked
 * {@code inRegistry}; none (not an error) for a person it holds none of; the same question gets the same answer.
 * Extend it with the registry, a person it holds employment of and one it does not.
 */
public abstract class EmploymentRegistryContract extends RegistryContract<EmploymentRegistry> {

    /**
     * @param registry makes the registry under test, asked each time a test asks for it
     * @param aPersonItHolds a person the registry holds at least one period of employment of
     * @param aPersonItDoesNotHold a person the registry holds no employment of
     */
    protected EmploymentRegistryContract(Supplier<EmploymentRegistry> registry,
                                         Iin aPersonItHolds, Iin aPersonItDoesNotHold) {
        super(registry, aPersonItHolds, aPersonItDoesNotHold);
    }

    @Test
    void theEmploymentItHolds_isAnswered_eachPeriodMarkedInRegistry() {
        assertThat(registry().employmentOf(aPersonItHolds())).isNotEmpty()
                .extracting(EmploymentPeriod::inRegistry).doesNotContain(false);
    }

    @Test
    void aPersonItHoldsNoneOf_getsNone_notAnError() {
        assertThat(registry().employmentOf(aPersonItDoesNotHold())).isEmpty();
    }

    @Test
    void theSameQuestion_getsTheSameAnswer() {
        assertThat(registry().employmentOf(aPersonItHolds())).isEqualTo(registry().employmentOf(aPersonItHolds()));
    }
}
