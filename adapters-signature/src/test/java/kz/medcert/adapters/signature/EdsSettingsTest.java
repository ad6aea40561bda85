package kz.medcert.adapters.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kz.medcert.adapters.signature.testing.Pem;
import kz.medcert.adapters.signature.testing.TestCa;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trust anchors from PEM files and the revocation settings, as an operator writes them; mistakes stop the start. */
class EdsSettingsTest {
    private static TestCa root;
    private static TestCa intermediate;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        root = TestCa.root("Settings root");
        intermediate = root.intermediate("Settings intermediate");
    }

    @Test
    void pemFiles_giveTheSelfSignedRoots_andTheIntermediates() {
        Path rootPem = Pem.write(dir.resolve("root.pem"), root.certificate());
        Path intermediatePem = Pem.write(dir.resolve("intermediate.pem"), intermediate.certificate());

        EdsTrust trust = EdsTrust.fromFiles(List.of(rootPem, intermediatePem));

        assertThat(trust.roots()).containsExactly(root.certificate());
        assertThat(trust.intermediates()).containsExactly(intermediate.certificate());
        assertThat(trust.describe()).contains("1 root(s) [CN=Settings root,O=MedCert test PKI,C=KZ]",
                "1 intermediate(s) [CN=Settings intermediate");
    }

    @Test
    void oneFile_mayHoldTheWholeChain() {
        Path chain = Pem.write(dir.resolve("chain.pem"), intermediate.certificate(), root.certificate());

        EdsTrust trust = EdsTrust.fromFiles(List.of(chain));

        assertThat(trust.anchors()).hasSize(1);
        assertThat(trust.intermediates()).hasSize(1);
    }

    @Test
    void withoutARoot_orWithAFileThatIsNoCertificate_orMissing_theSettingsAreRefused_namingTheFile()
            throws Exception {
        Path intermediateOnly = Pem.write(dir.resolve("intermediate.pem"), intermediate.certificate());
        Path text = Files.writeString(dir.resolve("notes.pem"), "-----BEGIN CERTIFICATE-----\nnot base64!\n"
                + "-----END CERTIFICATE-----\n");
        Path missing = dir.resolve("missing.pem");

        assertThatThrownBy(() -> EdsTrust.fromFiles(List.of(intermediateOnly)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no root certificate");
        assertThatThrownBy(() -> EdsTrust.fromFiles(List.of(text)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(text.toString());
        assertThatThrownBy(() -> EdsTrust.fromFiles(List.of(missing)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(missing.toString());
    }

    @Test
    void ocsp_isOffAiaOrAResponderUrl() {
        assertThat(OcspPolicy.parse("off")).isEqualTo(new OcspPolicy.Off());
        assertThat(OcspPolicy.parse(" AIA ")).isEqualTo(new OcspPolicy.FromCertificate());
        assertThat(OcspPolicy.parse("http://ocsp.pki.gov.kz")).isEqualTo(
                new OcspPolicy.Responder(URI.create("http://ocsp.pki.gov.kz")));
        assertThatThrownBy(() -> OcspPolicy.parse("ldap://ocsp")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OcspPolicy.parse("sometimes")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCrl_isAFileOrAnHttpUrl() {
        assertThat(CrlSource.parse("http://crl.pki.gov.kz/nca_rsa.crl").location())
                .isEqualTo(URI.create("http://crl.pki.gov.kz/nca_rsa.crl"));
        assertThat(CrlSource.parse("crl/nca.crl").location()).isEqualTo(Path.of("crl/nca.crl").toAbsolutePath()
                .toUri());
    }

    @Test
    void theTimeout_isPositive() {
        EdsTrust trust = EdsTrust.of(List.of(root.certificate()));

        assertThatThrownBy(() -> EdsSettings.of(trust, "aia", List.of(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EdsSettings.of(trust, "aia", List.of("/etc/medcert/nca.crl"), Duration.ofSeconds(3)).describe())
                .contains("OCSP: the responder each certificate names (AIA)", "/etc/medcert/nca.crl", "PT3S");
    }
}
