package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.Test;

/**
 * What every EDS verifier promises the submission (R17, R81): the applicant's signature over exactly the content is
 * valid; the same signature over other content, or another person's, is invalid with its precise reason; anything
 * that is no signature is invalid, never an exception and never "cannot be checked now". Run against the fake
 * (application), the demo stub (adapters-registries) and the CMS verifier (adapters-signature).
 */
public abstract class SignatureVerifierContract {
    protected static final Iin APPLICANT = Iin.parse("850412413718");
    protected static final Iin SOMEONE_ELSE = Iin.parse("990203317687");
    protected static final byte[] CONTENT = ("MedCert KZ request for a specialist certificate\niin=850412413718\n"
            + "name=Абенова Айгерим Болатқызы\n").getBytes(StandardCharsets.UTF_8);

    /** The verifier under test, as the service would use it. */
    protected abstract SignatureVerifier verifier();

    /** A signature that {@code signer}'s valid EDS makes over {@code content}, in the verifier's format. */
    protected abstract String sign(byte[] content, Iin signer);

    @Test
    void theApplicantsSignatureOverTheContent_isValid_namingTheSigner_R17() {
        SignatureCheck check = verifier().verify(CONTENT, sign(CONTENT, APPLICANT), APPLICANT);

        assertThat(check).isInstanceOfSatisfying(SignatureCheck.Valid.class, valid ->
                assertThat(valid.signer().subject()).isNotBlank());
    }

    @Test
    void theSameSignatureOverOtherContent_isAContentMismatch_R17() {
        byte[] changed = (new String(CONTENT, StandardCharsets.UTF_8) + "attachments:\n")
                .getBytes(StandardCharsets.UTF_8);

        SignatureCheck check = verifier().verify(changed, sign(CONTENT, APPLICANT), APPLICANT);

        assertThat(check).isInstanceOfSatisfying(SignatureCheck.Invalid.class, invalid ->
                assertThat(invalid.reason()).isEqualTo(SignatureReason.CONTENT_MISMATCH));
    }

    @Test
    void anotherPersonsSignature_isNotTheApplicants_R81() {
        SignatureCheck check = verifier().verify(CONTENT, sign(CONTENT, SOMEONE_ELSE), APPLICANT);

        assertThat(check).isInstanceOfSatisfying(SignatureCheck.Invalid.class, invalid ->
                assertThat(invalid.reason()).isEqualTo(SignatureReason.SIGNER_IS_NOT_APPLICANT));
    }

    @Test
    void whatIsNoSignature_isInvalid_neverAnExceptionNorUncheckable() {
        byte[] noise = new byte[512];
        new Random(17).nextBytes(noise);
        String valid = sign(CONTENT, APPLICANT);
        for (String signature : new String[] {"", " ", "garbage", "DEMO-EDS:850412413718:" + "0".repeat(64),
                Base64.getEncoder().encodeToString(noise), "MIIB", valid.substring(0, valid.length() / 2),
                "%%%" + valid}) {
            SignatureCheck check = verifier().verify(CONTENT, signature, APPLICANT);

            assertThat(check).as(signature).isInstanceOf(SignatureCheck.Invalid.class);
        }
    }

    @Test
    void checkingAgain_givesTheSameAnswer() {
        String signature = sign(CONTENT, APPLICANT);

        SignatureCheck first = verifier().verify(CONTENT, signature, APPLICANT);
        SignatureCheck again = verifier().verify(CONTENT, signature, APPLICANT);

        assertThat(again).isEqualTo(first);
    }
}
