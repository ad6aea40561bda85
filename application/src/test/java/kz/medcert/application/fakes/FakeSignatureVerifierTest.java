package kz.medcert.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.application.port.out.SignatureCheck;
import kz.medcert.application.port.out.SignatureVerifier;
import kz.medcert.application.port.out.SignatureVerifierContract;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/** The fake is held to the contract the demo stub and the CMS verifier pass. */
class FakeSignatureVerifierTest extends SignatureVerifierContract {

    @Override
    protected SignatureVerifier verifier() {
        return new FakeSignatureVerifier();
    }

    @Override
    protected String sign(byte[] content, Iin signer) {
        return FakeSignatureVerifier.signatureOver(FakeSignatureVerifier.sha256(content), signer);
    }

    @Test
    void aReasonsName_isInvalidForThatReason_andUncheckableCannotBeChecked() {
        assertThat(verifier().verify(CONTENT, "CERTIFICATE_REVOKED:x", APPLICANT)).isEqualTo(
                new SignatureCheck.Invalid(SignatureReason.CERTIFICATE_REVOKED, "the fake says CERTIFICATE_REVOKED"));
        assertThat(verifier().verify(CONTENT, FakeSignatureVerifier.UNCHECKABLE, APPLICANT))
                .isInstanceOf(SignatureCheck.Unavailable.class);
    }
}
