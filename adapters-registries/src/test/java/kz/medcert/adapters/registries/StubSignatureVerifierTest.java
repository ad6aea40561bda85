package kz.medcert.adapters.registries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/** The demo EDS: DEMO-EDS:&lt;iin&gt;:&lt;lowercase hex SHA-256&gt;, and nothing else. */
class StubSignatureVerifierTest {
    private static final byte[] CONTENT = "MedCert KZ request\niin=850412413718\n".getBytes(StandardCharsets.UTF_8);
    private static final Iin SIGNER = Iin.parse("850412413718");
    private static final Iin OTHER = Iin.parse("990203317687");

    private final StubSignatureVerifier verifier = new StubSignatureVerifier();

    @Test
    void acceptsTheDemoSignatureOfTheSignerOverTheContent() {
        String signature = StubSignatureVerifier.demoSignature(CONTENT, SIGNER);

        assertThat(signature).matches("DEMO-EDS:850412413718:[0-9a-f]{64}");
        assertThat(verifier.verify(CONTENT, signature, SIGNER)).isTrue();
    }

    @Test
    void computesTheDigestOfTheExactBytes() {
        byte[] empty = new byte[0];

        assertThat(StubSignatureVerifier.demoSignature(empty, SIGNER)).isEqualTo("DEMO-EDS:850412413718:"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void rejectsASignatureOverOtherContent() {
        String signature = StubSignatureVerifier.demoSignature(CONTENT, SIGNER);
        byte[] changed = "MedCert KZ request\niin=850412413718\n ".getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.verify(changed, signature, SIGNER)).isFalse();
    }

    @Test
    void rejectsASignatureByAnotherPerson() {
        String signature = StubSignatureVerifier.demoSignature(CONTENT, OTHER);

        assertThat(verifier.verify(CONTENT, signature, SIGNER)).isFalse();
    }

    @Test
    void rejectsAnythingElse() {
        String signature = StubSignatureVerifier.demoSignature(CONTENT, SIGNER);

        assertThat(verifier.verify(CONTENT, signature.toUpperCase(Locale.ROOT), SIGNER)).isFalse();
        assertThat(verifier.verify(CONTENT, signature.replace("DEMO-EDS", "EDS"), SIGNER)).isFalse();
        assertThat(verifier.verify(CONTENT, signature + " ", SIGNER)).isFalse();
        assertThat(verifier.verify(CONTENT, "", SIGNER)).isFalse();
        assertThat(verifier.verify(CONTENT, null, SIGNER)).isFalse();
        assertThat(verifier.verify(null, signature, SIGNER)).isFalse();
    }
}
