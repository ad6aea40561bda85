package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AssessmentRegistry} promises (R66): the results of assessment it holds for a person; none (not an
 * error) for a person it holds none of; the same question gets the same answer. Extend it with the registry, a person
 * it holds a result of and one it does not.
 */
public abstract class AssessmentRegistryContract {

    protected abstract AssessmentRegistry registry();

    /** A person the registry holds at least one result of assessment of. */
    protected abstract Iin aPersonItHolds();

    /** A person the registry holds no result of. */
    protected abstract Iin aPersonItDoesNotHold();

    @Test
    void theResultsItHolds_areAnswered() {
        assertThat(registry().assessmentsOf(aPersonItHolds())).isNotEmpty();
    }

    @Test
    void aPersonItHoldsNoneOf_getsNone_notAnError() {
        assertThat(registry().assessmentsOf(aPersonItDoesNotHold())).isEmpty();
    }

    @Test
    void theSameQuestion_getsTheSameAnswer() {
        assertThat(registry().assessmentsOf(aPersonItHolds())).isEqualTo(registry().assessmentsOf(aPersonItHolds()));
    }
}
