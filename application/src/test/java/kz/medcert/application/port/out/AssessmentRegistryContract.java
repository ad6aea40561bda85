package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AssessmentRegistry} promises (R66): the results of assessment it holds for a person; none (not an
 * error) for a person it holds none of; the same question gets the same answer. Extend it with the registry, a person
 * it holds a result of and one it does not.
 */
public abstract class AssessmentRegistryContract extends RegistryContract<AssessmentRegistry> {

    /**
     * @param registry makes the registry under test, asked each time a test asks for it
     * @param aPersonItHolds a person the registry holds at least one result of assessment of
     * @param aPersonItDoesNotHold a person the registry holds no result of
     */
    protected AssessmentRegistryContract(Supplier<AssessmentRegistry> registry,
                                         Iin aPersonItHolds, Iin aPersonItDoesNotHold) {
        super(registry, aPersonItHolds, aPersonItDoesNotHold);
    }

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
