package kz.medcert.adapters.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Security;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.medcert.adapters.signature.testing.TestCa;
import kz.medcert.adapters.signature.testing.TestSigner;
import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.application.port.out.SignatureCheck;
import kz.medcert.domain.person.Iin;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How an algorithm the JDK lacks plugs in: a JCA provider registered by class name. Shown with BouncyCastle's
 * GOST R 34.10-2001 (the Russian standard, not the Kazakh GOST 34.310-2004 of the NCA RK, which needs the NCA's own
 * provider): without the provider the signature is UNSUPPORTED_ALGORITHM, with it the very same signature is valid.
 */
class JcaProvidersTest {
    private static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");
    private static final byte[] CONTENT = "MedCert KZ request\n".getBytes(StandardCharsets.UTF_8);
    private static final String APPLICANT = "850412413718";

    @AfterEach
    void removeProvider() {
        Security.removeProvider(BouncyCastleProvider.PROVIDER_NAME);
    }

    @Test
    void aGostSignature_isUnsupported_untilAProviderImplementingItIsInstalled() throws Exception {
        TestCa root = TestCa.root("GOST test root", NOW.minus(Duration.ofDays(365)), NOW.plus(Duration.ofDays(365)));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("ECGOST3410", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec("GostR3410-2001-CryptoPro-A"));
        KeyPair gost = generator.generateKeyPair();
        TestSigner signer = root.issue(TestCa.signer(APPLICANT), gost);
        String signature = signer.sign(CONTENT, NOW.minusSeconds(60));
        CmsSignatureVerifier verifier = new CmsSignatureVerifier(EdsSettings.of(
                EdsTrust.of(List.of(root.certificate())), "off", List.of(), Duration.ofSeconds(1)),
                Clock.fixed(NOW, ZoneOffset.UTC));

        SignatureCheck without = verifier.verify(CONTENT, signature, Iin.parse(APPLICANT));
        String name = JcaProviders.install(BouncyCastleProvider.class.getName());
        SignatureCheck with = verifier.verify(CONTENT, signature, Iin.parse(APPLICANT));

        assertThat(without).isInstanceOfSatisfying(SignatureCheck.Invalid.class, invalid -> {
            assertThat(invalid.reason()).isEqualTo(SignatureReason.UNSUPPORTED_ALGORITHM);
            assertThat(invalid.detail()).contains("1.2.643.2.2.19");
        });
        assertThat(name).isEqualTo("BC");
        assertThat(with).isInstanceOf(SignatureCheck.Valid.class);
    }

    @Test
    void aProviderIsAddedAfterTheJdksOwn_once() {
        int before = Security.getProviders().length;

        JcaProviders.install(BouncyCastleProvider.class.getName());
        JcaProviders.install(BouncyCastleProvider.class.getName());

        assertThat(Security.getProviders()).hasSize(before + 1);
        assertThat(Security.getProviders()[before].getName()).isEqualTo("BC");
    }

    @Test
    void aClassThatIsMissing_orNoProvider_isRefused() {
        assertThatThrownBy(() -> JcaProviders.install("kz.gov.pki.kalkan.jce.provider.KalkanProvider"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not on the class path");
        assertThatThrownBy(() -> JcaProviders.install(String.class.getName()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no java.security.Provider");
    }
}
