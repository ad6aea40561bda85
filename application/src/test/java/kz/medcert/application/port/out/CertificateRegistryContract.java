package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CertificateRegistry} promises (R64): the certificates it holds for a person, each marked
 * {@code inRegistry}; none (not an error) for a person it holds none of; the same question gets the same answer.
 * Extend it with the registry, a person it holds a certificate of and one it does not.
 */
public abstract class CertificateRegistryContract extends RegistryContract<CertificateRegistry> {

    /**
     * @param registry makes the registry under test, asked each time a test asks for it
     * @param aPersonItHolds a person the registry holds at least one certificate of
     * @param aPersonItDoesNotHold a person the registry holds no certificate of
     */
    protected CertificateRegistryContract(Supplier<CertificateRegistry> registry,
                                          Iin aPersonItHolds, Iin aPersonItDoesNotHold) {
        super(registry, aPersonItHolds, aPersonItDoesNotHold);
    }

    @Test
    void theCertificatesItHolds_areAnswered_eachMarkedInRegistry() {
        assertThat(registry().certificatesOf(aPersonItHolds())).isNotEmpty()
                .extracting(HeldCertificate::inRegistry).doesNotContain(false);
    }

    @Test
    void aPersonItHoldsNoneOf_getsNone_notAnError() {
        assertThat(registry().certificatesOf(aPersonItDoesNotHold())).isEmpty();
    }

    @Test
    void theSameQuestion_getsTheSameAnswer() {
        assertThat(registry().certificatesOf(aPersonItHolds()))
                .isEqualTo(registry().certificatesOf(aPersonItHolds()));
    }
}
