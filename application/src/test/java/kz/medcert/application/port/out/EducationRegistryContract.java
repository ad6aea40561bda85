package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import kz.medcert.application.port.out.EducationRegistry.EducationFound;
import kz.medcert.domain.dossier.EducationRecord;
import kz.medcert.domain.dossier.PostgraduateTraining;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EducationRegistry} promises (R62, R63): the diplomas and postgraduate training it holds for a
 * person, each marked {@code inRegistry}; two empty lists (not an error) for a person it holds nothing for; the same
 * question gets the same answer. Extend it with the registry, a person it holds records of and one it does not.
 */
public abstract class EducationRegistryContract extends RegistryContract<EducationRegistry> {

    /**
     * @param registry makes the registry under test, asked each time a test asks for it
     * @param aPersonItHolds a person the registry holds at least one diploma or postgraduate training of
     * @param aPersonItDoesNotHold a person the registry holds nothing for
     */
    protected EducationRegistryContract(Supplier<EducationRegistry> registry,
                                        Iin aPersonItHolds, Iin aPersonItDoesNotHold) {
        super(registry, aPersonItHolds, aPersonItDoesNotHold);
    }

    @Test
    void whatItHolds_isAnswered_eachRecordMarkedInRegistry() {
        EducationFound found = registry().educationOf(aPersonItHolds());

        assertThat(found.education().size() + found.postgraduate().size()).isPositive();
        assertThat(found.education()).extracting(EducationRecord::inRegistry).doesNotContain(false);
        assertThat(found.postgraduate()).extracting(PostgraduateTraining::inRegistry).doesNotContain(false);
    }

    @Test
    void aPersonItHoldsNothingFor_getsEmptyLists_notAnError() {
        EducationFound found = registry().educationOf(aPersonItDoesNotHold());

        assertThat(found.education()).isEmpty();
        assertThat(found.postgraduate()).isEmpty();
    }

    @Test
    void theSameQuestion_getsTheSameAnswer() {
        assertThat(registry().educationOf(aPersonItHolds())).isEqualTo(registry().educationOf(aPersonItHolds()));
    }
}
