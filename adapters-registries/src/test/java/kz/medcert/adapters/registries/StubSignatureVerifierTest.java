package kz.medcert.adapters.registries;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.application.port.out.SignatureCheck;
import kz.medcert.application.port.out.SignatureVerifier;
import kz.medcert.application.port.out.SignatureVerifierContract;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/** The demo EDS: DEMO-EDS:&lt;iin&gt;:&lt;lowercase hex SHA-256&gt;, and nothing else; held to the verifiers' contract. */
class StubSignatureVerifierTest extends SignatureVerifierContract {
    private static final byte[] REQUEST = "MedCert KZ request\niin=850412413718\n".getBytes(StandardCharsets.UTF_8);
    private static final Iin SIGNER = Iin.parse("850412413718");
    private static final Iin OTHER = Iin.parse("990203317687");
    private static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");

    private final StubSignatureVerifier verifier = new StubSignatureVerifier(Clock.fixed(NOW, ZoneOffset.UTC));

    @Override
    protected SignatureVerifier verifier() {
        return verifier;
    }

    @Override
    protected String sign(byte[] content, Iin signer) {
        return StubSignatureVerifier.demoSignature(content, signer);
    }

    @Test
    void acceptsTheDemoSignatureOfTheSignerOverTheContent_signedNow() {
        String signature = StubSignatureVerifier.demoSignature(REQUEST, SIGNER);

        assertThat(signature).matches("DEMO-EDS:850412413718:[0-9a-f]{64}");
        assertThat(verifier.verify(REQUEST, signature, SIGNER)).isEqualTo(new SignatureCheck.Valid(
                new SignatureCheck.Signer("SERIALNUMBER=IIN850412413718",
                        "CN=MedCert demo signature (no certification authority)", "DEMO", NOW)));
    }

    @Test
    void computesTheDigestOfTheExactBytes() {
        byte[] empty = new byte[0];

        assertThat(StubSignatureVerifier.demoSignature(empty, SIGNER)).isEqualTo("DEMO-EDS:850412413718:"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void rejectsASignatureOverOtherContent_asAContentMismatch() {
        String signature = StubSignatureVerifier.demoSignature(REQUEST, SIGNER);
        byte[] changed = "MedCert KZ request\niin=850412413718\n ".getBytes(StandardCharsets.UTF_8);

        assertThat(reason(verifier.verify(changed, signature, SIGNER))).isEqualTo(SignatureReason.CONTENT_MISMATCH);
    }

    @Test
    void rejectsASignatureByAnotherPerson_asNotTheApplicants() {
        String signature = StubSignatureVerifier.demoSignature(REQUEST, OTHER);

        assertThat(reason(verifier.verify(REQUEST, signature, SIGNER)))
                .isEqualTo(SignatureReason.SIGNER_IS_NOT_APPLICANT);
    }

    @Test
    void rejectsAnythingElse() {
        String signature = StubSignatureVerifier.demoSignature(REQUEST, SIGNER);

        assertThat(reason(verifier.verify(REQUEST, signature.toUpperCase(Locale.ROOT), SIGNER)))
                .isEqualTo(SignatureReason.CONTENT_MISMATCH);
        assertThat(reason(verifier.verify(REQUEST, signature.replace("DEMO-EDS", "EDS"), SIGNER)))
                .isEqualTo(SignatureReason.SIGNATURE_INVALID);
        assertThat(reason(verifier.verify(REQUEST, signature + " ", SIGNER)))
                .isEqualTo(SignatureReason.CONTENT_MISMATCH);
        assertThat(reason(verifier.verify(REQUEST, "", SIGNER))).isEqualTo(SignatureReason.SIGNATURE_INVALID);
        assertThat(reason(verifier.verify(REQUEST, null, SIGNER))).isEqualTo(SignatureReason.SIGNATURE_INVALID);
    }

    @Test
    void outsideDemoMode_withoutAVerifier_nothingCanBeChecked_theDemoSignatureNoMoreThanAnother() {
        UnavailableSignatureVerifier unavailable = new UnavailableSignatureVerifier();

        assertThat(unavailable.verify(REQUEST, StubSignatureVerifier.demoSignature(REQUEST, SIGNER), SIGNER))
                .isEqualTo(new SignatureCheck.Unavailable(UnavailableSignatureVerifier.WHAT));
    }

    private static SignatureReason reason(SignatureCheck check) {
        assertThat(check).isInstanceOf(SignatureCheck.Invalid.class);
        return ((SignatureCheck.Invalid) check).reason();
    }
}
