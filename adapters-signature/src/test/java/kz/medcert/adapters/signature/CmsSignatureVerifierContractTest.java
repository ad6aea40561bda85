package kz.medcert.adapters.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kz.medcert.adapters.signature.testing.TestCa;
import kz.medcert.adapters.signature.testing.TestSigner;
import kz.medcert.application.port.out.SignatureVerifier;
import kz.medcert.application.port.out.SignatureVerifierContract;
import kz.medcert.domain.person.Iin;
import org.junit.jupiter.api.BeforeAll;

/** The CMS verifier is held to the contract the demo stub and the fake pass. */
class CmsSignatureVerifierContractTest extends SignatureVerifierContract {
    private static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");
    private static TestCa root;
    private static TestCa intermediate;
    private static TestSigner applicant;
    private static TestSigner someoneElse;

    @BeforeAll
    static void pki() {
        root = TestCa.root("Contract root", NOW.minus(Duration.ofDays(3650)), NOW.plus(Duration.ofDays(3650)));
        intermediate = root.intermediate("Contract intermediate", NOW.minus(Duration.ofDays(365)),
                NOW.plus(Duration.ofDays(3650)));
        applicant = intermediate.issue(TestCa.signer(APPLICANT.value()).rsa());
        someoneElse = intermediate.issue(TestCa.signer(SOMEONE_ELSE.value()));
    }

    @Override
    protected SignatureVerifier verifier() {
        return new CmsSignatureVerifier(EdsSettings.of(EdsTrust.of(List.of(root.certificate())), "off", List.of(),
                Duration.ofSeconds(1)), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Override
    protected String sign(byte[] content, Iin signer) {
        return (signer.equals(APPLICANT) ? applicant : someoneElse).sign(content, NOW.minusSeconds(60));
    }
}
