package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import kz.medcert.domain.dossier.Prohibition;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ProhibitionRegistry} promises (R68): for a person it holds something about, a status other than
 * {@link Prohibition#NO_DATA}; {@code NO_DATA} (not an error) for a person it holds nothing about, whatever the
 * specialty; the same question gets the same answer. Extend it with the registry, a person it holds a status of and
 * one it does not.
 */
public abstract class ProhibitionRegistryContract extends RegistryContract<ProhibitionRegistry> {
    private static final SpecialtyCode PEDIATRICS = SpecialtyCode.of("PEDIATRICS");
    private static final SpecialtyCode THERAPY = SpecialtyCode.of("THERAPY");

    /**
     * @param registry makes the registry under test, asked each time a test asks for it
     * @param aPersonItHolds a person the registry holds a status of (for pediatrics)
     * @param aPersonItDoesNotHold a person the registry holds nothing about
     */
    protected ProhibitionRegistryContract(Supplier<ProhibitionRegistry> registry,
                                          Iin aPersonItHolds, Iin aPersonItDoesNotHold) {
        super(registry, aPersonItHolds, aPersonItDoesNotHold);
    }

    @Test
    void aPersonItHoldsSomethingAbout_getsAStatus() {
        assertThat(registry().prohibitionOf(aPersonItHolds(), PEDIATRICS)).isNotEqualTo(Prohibition.NO_DATA);
    }

    @Test
    void aPersonItHoldsNothingAbout_getsNoData_inAnySpecialty_notAnError() {
        assertThat(registry().prohibitionOf(aPersonItDoesNotHold(), PEDIATRICS)).isEqualTo(Prohibition.NO_DATA);
        assertThat(registry().prohibitionOf(aPersonItDoesNotHold(), THERAPY)).isEqualTo(Prohibition.NO_DATA);
    }

    @Test
    void theSameQuestion_getsTheSameAnswer() {
        assertThat(registry().prohibitionOf(aPersonItHolds(), PEDIATRICS))
                .isEqualTo(registry().prohibitionOf(aPersonItHolds(), PEDIATRICS));
    }
}
