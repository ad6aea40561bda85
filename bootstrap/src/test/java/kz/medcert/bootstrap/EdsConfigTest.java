package kz.medcert.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import kz.medcert.adapters.signature.testing.Pem;
import kz.medcert.adapters.signature.testing.TestCa;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MEDCERT_EDS_*: outside demo mode, trust anchors switch the CMS verifier on and are read at start, so that a wrong
 * file or value stops the start naming the variable; in demo mode they are not used.
 */
class EdsConfigTest {
    private static TestCa root;
    private static TestCa intermediate;

    @TempDir
    static Path dir;
    private static String anchors;

    @BeforeAll
    static void pki() {
        root = TestCa.root("Config root");
        intermediate = root.intermediate("Config intermediate");
        anchors = Pem.write(dir.resolve("root.pem"), root.certificate()) + ", "
                + Pem.write(dir.resolve("intermediate.pem"), intermediate.certificate());
    }

    @Test
    void outsideDemoMode_withoutTrustAnchors_nothingCanBeChecked() {
        EdsConfig eds = EdsConfig.fromEnvironment(Map.of(), false);

        assertThat(eds.settings()).isEmpty();
        assertThat(eds.namesAny()).isFalse();
    }

    @Test
    void outsideDemoMode_trustAnchors_areReadWithTheDefaults_ocspAsTheCertificateSays_noCrl_fiveSeconds() {
        EdsConfig eds = EdsConfig.fromEnvironment(Map.of("MEDCERT_EDS_TRUST_ANCHORS", anchors), false);

        assertThat(eds.settings()).hasValueSatisfying(settings -> {
            assertThat(settings.trust().describe()).contains("1 root(s)", "1 intermediate(s)");
            assertThat(settings.describe()).contains("OCSP: the responder each certificate names (AIA)", "CRL: none",
                    "timeout PT5S");
        });
    }

    @Test
    void outsideDemoMode_theResponderCrlsTimeoutAndProvider_areTakenAsGiven() {
        EdsConfig eds = EdsConfig.fromEnvironment(Map.of("MEDCERT_EDS_TRUST_ANCHORS", anchors,
                "MEDCERT_EDS_OCSP", "http://ocsp.test/", "MEDCERT_EDS_CRL", "/var/lib/medcert/nca.crl, "
                        + "http://crl.test/nca.crl", "MEDCERT_EDS_TIMEOUT", "PT2S",
                "MEDCERT_EDS_JCA_PROVIDER", "kz.gov.pki.kalkan.jce.provider.KalkanProvider"), false);

        assertThat(eds.settings()).hasValueSatisfying(settings -> {
            assertThat(settings.timeout()).isEqualTo(Duration.ofSeconds(2));
            assertThat(settings.crls()).hasSize(2);
            assertThat(settings.describe()).contains("OCSP: http://ocsp.test/", "/var/lib/medcert/nca.crl",
                    "http://crl.test/nca.crl");
        });
        assertThat(eds.provider()).contains("kz.gov.pki.kalkan.jce.provider.KalkanProvider");
    }

    @Test
    void aWrongSetting_stopsTheStart_namingTheVariable() {
        Path missing = dir.resolve("missing.pem");

        assertThatThrownBy(() -> EdsConfig.fromEnvironment(Map.of("MEDCERT_EDS_TRUST_ANCHORS", missing.toString()),
                false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MEDCERT_EDS_TRUST_ANCHORS").hasMessageContaining(missing.toString());
        assertThatThrownBy(() -> EdsConfig.fromEnvironment(Map.of("MEDCERT_EDS_TRUST_ANCHORS", anchors,
                "MEDCERT_EDS_OCSP", "sometimes"), false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MEDCERT_EDS_OCSP");
        assertThatThrownBy(() -> EdsConfig.fromEnvironment(Map.of("MEDCERT_EDS_TRUST_ANCHORS", anchors,
                "MEDCERT_EDS_TIMEOUT", "5s"), false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MEDCERT_EDS_TIMEOUT");
    }

    @Test
    void inDemoMode_theSettingsAreNotUsed_evenABrokenOne() {
        EdsConfig eds = EdsConfig.fromEnvironment(Map.of("MEDCERT_EDS_TRUST_ANCHORS",
                dir.resolve("missing.pem").toString(), "MEDCERT_EDS_JCA_PROVIDER", "x.Y"), true);

        assertThat(eds.settings()).isEmpty();
        assertThat(eds.provider()).isEmpty();
        assertThat(eds.namesAny()).isTrue();
    }
}
