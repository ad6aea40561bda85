package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.domain.dossier.EmploymentPeriod;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EmploymentRegistry} promises (R67): the periods of employment it holds for a person, each marked
 * {@code inRegistry}; none (not an error) for a person it holds none of; the same question gets the same answer.
 * Extend it with the registry, a person it holds employment of and one it does not.
 */
public abstract class EmploymentRegistryContract {

    protected abstract EmploymentRegistry registry();

    /** A person the registry holds at least one period of employment of. */
    protected abstract Iin aPersonItHolds();

    /** A person the registry holds no employment of. */
    protected abstract Iin aPersonItDoesNotHold();

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
