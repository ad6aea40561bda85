package kz.medcert.adapters.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.medcert.adapters.signature.testing.PkiServer;
import kz.medcert.adapters.signature.testing.Pem;
import kz.medcert.adapters.signature.testing.TestCa;
import kz.medcert.adapters.signature.testing.TestSigner;
import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.application.port.out.SignatureCheck;
import kz.medcert.domain.person.Iin;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CMS verifier against a PKI of the test's own (a root, an intermediate, signers; another authority; an OCSP
 * responder and a CRL distribution point on a loopback port): each case gets its precise answer (R17, R81).
 */
class CmsSignatureVerifierTest {
    static final Instant NOW = Instant.parse("2026-11-20T05:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Instant SIGNED = NOW.minusSeconds(90);
    static final String APPLICANT = "850412413718";
    static final String SOMEONE_ELSE = "990203317687";
    static final byte[] CONTENT = ("MedCert KZ request for a specialist certificate\nrequest=7d1c\niin=850412413718\n"
            + "name=Абенова Айгерим Болатқызы\nattachments:\n").getBytes(StandardCharsets.UTF_8);
    /** Long enough for the local responder to answer on a loaded machine, shorter than its silence (3 s). */
    static final Duration TIMEOUT = Duration.ofSeconds(2);

    static TestCa root;
    static TestCa intermediate;
    static TestCa foreignIntermediate;
    static PkiServer pki;
    static TestSigner applicant;

    @TempDir
    Path dir;

    @BeforeAll
    static void pki() {
        root = TestCa.root("MedCert test root");
        intermediate = root.intermediate("NCA RK test intermediate");
        foreignIntermediate = TestCa.root("Another root").intermediate("Another authority");
        pki = PkiServer.start(intermediate, CLOCK);
        applicant = intermediate.issue(TestCa.signer(APPLICANT));
    }

    @AfterAll
    static void stopPki() {
        pki.close();
    }

    @AfterEach
    void responderBackToNormal() {
        pki.mode(PkiServer.Mode.ANSWERING);
        pki.restart();
    }

    /** Trusting the test root and its intermediate; no revocation source. */
    static CmsSignatureVerifier verifier() {
        return verifier("off", List.of());
    }

    static CmsSignatureVerifier verifier(String ocsp, List<String> crls) {
        EdsTrust trust = EdsTrust.of(List.of(root.certificate(), intermediate.certificate()));
        return new CmsSignatureVerifier(EdsSettings.of(trust, ocsp, crls, TIMEOUT), CLOCK);
    }

    static SignatureCheck check(CmsSignatureVerifier verifier, String signature) {
        return verifier.verify(CONTENT, signature, Iin.parse(APPLICANT));
    }

    static SignatureReason reason(SignatureCheck check) {
        assertThat(check).isInstanceOf(SignatureCheck.Invalid.class);
        return ((SignatureCheck.Invalid) check).reason();
    }

    // --- valid signatures

    @Test
    void anRsaSignature_detached_isValid_namingTheSignerAndTheSigningTime_R17() {
        TestSigner rsa = intermediate.issue(TestCa.signer(APPLICANT).rsa());

        SignatureCheck check = check(verifier(), rsa.sign(CONTENT, SIGNED));

        assertThat(check).isEqualTo(new SignatureCheck.Valid(new SignatureCheck.Signer(
                "CN=Тестов Тест,SERIALNUMBER=IIN850412413718,C=KZ",
                "CN=NCA RK test intermediate,O=MedCert test PKI,C=KZ", rsa.serial().toString(16), SIGNED)));
    }

    @Test
    void anEcdsaSignature_attached_isValid_R17() {
        SignatureCheck check = check(verifier(), applicant.signAttached(CONTENT, SIGNED));

        assertThat(check).isInstanceOf(SignatureCheck.Valid.class);
    }

    @Test
    void aSignatureWithoutSigningTime_isJudgedAtTheMomentOfTheCheck() {
        SignatureCheck check = check(verifier(), applicant.signWithoutSigningTime(CONTENT));

        assertThat(check).isInstanceOfSatisfying(SignatureCheck.Valid.class, valid ->
                assertThat(valid.signer().signingTime()).isEqualTo(NOW));
    }

    @Test
    void theCertificateIsJudgedAtTheSigningTime_oneValidThen_isValidThoughItHasExpiredSince() {
        TestSigner expiredSince = intermediate.issue(TestCa.signer(APPLICANT).validBetween(
                Instant.parse("2024-01-01T00:00:00Z"), NOW.minus(Duration.ofDays(1))));

        SignatureCheck check = check(verifier(), expiredSince.sign(CONTENT, NOW.minus(Duration.ofDays(2))));

        assertThat(check).isInstanceOf(SignatureCheck.Valid.class);
    }

    // --- what the signature is

    @Test
    void whatIsNoCms_isSignatureNotCms() {
        CmsSignatureVerifier verifier = verifier();

        assertThat(reason(check(verifier, "DEMO-EDS:850412413718:" + "ab".repeat(32))))
                .isEqualTo(SignatureReason.SIGNATURE_NOT_CMS);
        assertThat(reason(check(verifier, "TUlJQg=="))).isEqualTo(SignatureReason.SIGNATURE_NOT_CMS);
        assertThat(reason(check(verifier, ""))).isEqualTo(SignatureReason.SIGNATURE_NOT_CMS);
    }

    @Test
    void aDetachedSignatureOverOtherContent_isAContentMismatch() {
        byte[] tampered = new String(CONTENT, StandardCharsets.UTF_8).replace("Абенова", "Иванова")
                .getBytes(StandardCharsets.UTF_8);

        SignatureCheck check = verifier().verify(tampered, applicant.sign(CONTENT, SIGNED), Iin.parse(APPLICANT));

        assertThat(reason(check)).isEqualTo(SignatureReason.CONTENT_MISMATCH);
    }

    @Test
    void anAttachedSignatureEncapsulatingOtherContent_isAContentMismatch() {
        byte[] older = "MedCert KZ request for a specialist certificate\nattachments:\n".getBytes(StandardCharsets.UTF_8);

        assertThat(reason(check(verifier(), applicant.signAttached(older, SIGNED))))
                .isEqualTo(SignatureReason.CONTENT_MISMATCH);
    }

    @Test
    void aSignatureValueMadeWithAnotherKey_isInvalid() {
        TestSigner thief = intermediate.issue(TestCa.signer(SOMEONE_ELSE));

        assertThat(reason(check(verifier(), applicant.signWithKeyOf(thief, CONTENT, SIGNED))))
                .isEqualTo(SignatureReason.SIGNATURE_INVALID);
    }

    @Test
    void twoSigners_areNotTheApplicantsSignatureAlone() {
        TestSigner cosigner = intermediate.issue(TestCa.signer(SOMEONE_ELSE));

        assertThat(reason(check(verifier(), applicant.signTogetherWith(cosigner, CONTENT, SIGNED))))
                .isEqualTo(SignatureReason.SIGNATURE_INVALID);
    }

    @Test
    void aSignatureWithoutTheSignersCertificate_saysSo() {
        assertThat(reason(check(verifier(), applicant.signWithoutCertificates(CONTENT, SIGNED))))
                .isEqualTo(SignatureReason.SIGNER_CERTIFICATE_MISSING);
    }

    @Test
    void aSigningTimeInTheFuture_isRefused_evenForACertificateValidThen() {
        String signature = applicant.sign(CONTENT, NOW.plus(Duration.ofHours(2)));

        assertThat(reason(check(verifier(), signature))).isEqualTo(SignatureReason.SIGNING_TIME_IN_FUTURE);
    }

    // --- the certificate

    @Test
    void aCertificateExpiredAtTheSigningTime_isExpired() {
        TestSigner expired = intermediate.issue(TestCa.signer(APPLICANT).validBetween(
                Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z")));

        SignatureCheck check = check(verifier(), expired.sign(CONTENT, SIGNED));

        assertThat(reason(check)).isEqualTo(SignatureReason.CERTIFICATE_EXPIRED);
        assertThat(((SignatureCheck.Invalid) check).detail()).contains("2026-01-01T00:00:00Z", SIGNED.toString());
    }

    @Test
    void aCertificateNotYetValidAtTheSigningTime_isNotYetValid() {
        TestSigner future = intermediate.issue(TestCa.signer(APPLICANT).validBetween(
                NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(365))));

        assertThat(reason(check(verifier(), future.sign(CONTENT, SIGNED))))
                .isEqualTo(SignatureReason.CERTIFICATE_NOT_YET_VALID);
    }

    @Test
    void aCertificateOfAnotherAuthority_isUntrusted() {
        TestSigner foreign = foreignIntermediate.issue(TestCa.signer(APPLICANT));

        assertThat(reason(check(verifier(), foreign.sign(CONTENT, SIGNED))))
                .isEqualTo(SignatureReason.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void anImpostorAuthorityWithTheTrustedNames_isUntrusted() {
        TestCa impostor = TestCa.root("MedCert test root").intermediate("NCA RK test intermediate");
        TestSigner forged = impostor.issue(TestCa.signer(APPLICANT));

        assertThat(reason(check(verifier(), forged.sign(CONTENT, SIGNED))))
                .isEqualTo(SignatureReason.CERTIFICATE_UNTRUSTED);
    }

    @Test
    void anIntermediateNotConfigured_butCarriedByTheSignature_isTrustedThroughTheRoot() {
        EdsTrust rootOnly = EdsTrust.of(List.of(root.certificate()));
        CmsSignatureVerifier verifier = new CmsSignatureVerifier(EdsSettings.of(rootOnly, "off", List.of(), TIMEOUT),
                CLOCK);

        assertThat(check(verifier, applicant.sign(CONTENT, SIGNED))).isInstanceOf(SignatureCheck.Valid.class);
    }

    @Test
    void aCertificateWithoutTheDigitalSignatureKeyUsage_isNotForSigning() {
        TestSigner encryption = intermediate.issue(TestCa.signer(APPLICANT).keyUsage(KeyUsage.keyEncipherment));

        assertThat(reason(check(verifier(), encryption.sign(CONTENT, SIGNED))))
                .isEqualTo(SignatureReason.KEY_USAGE_NOT_DIGITAL_SIGNATURE);
    }

    @Test
    void anotherPersonsCertificate_isNotTheApplicants_andTheirIinIsMasked_R81() {
        TestSigner other = intermediate.issue(TestCa.signer(SOMEONE_ELSE));

        SignatureCheck check = check(verifier(), other.sign(CONTENT, SIGNED));

        assertThat(reason(check)).isEqualTo(SignatureReason.SIGNER_IS_NOT_APPLICANT);
        assertThat(((SignatureCheck.Invalid) check).detail()).contains("9902******87").doesNotContain(SOMEONE_ELSE);
    }

    @Test
    void aCertificateNamingNoIin_isNotTheApplicants() {
        TestSigner nameless = intermediate.issue(TestCa.signer(APPLICANT).withoutIin());

        assertThat(reason(check(verifier(), nameless.sign(CONTENT, SIGNED))))
                .isEqualTo(SignatureReason.SIGNER_IS_NOT_APPLICANT);
    }

    // --- revocation by OCSP

    @Test
    void theConfiguredResponderSaysGood_valid_andItWasAsked() {
        int before = pki.ocspRequests();

        SignatureCheck check = check(verifier(pki.ocspUrl().toString(), List.of()), applicant.sign(CONTENT, SIGNED));

        assertThat(check).isInstanceOf(SignatureCheck.Valid.class);
        assertThat(pki.ocspRequests()).isEqualTo(before + 1);
    }

    @Test
    void theConfiguredResponderSaysRevoked_revoked_whateverTheStatedSigningTime() {
        TestSigner revoked = intermediate.issue(TestCa.signer(APPLICANT));
        pki.revoke(revoked.serial(), NOW.minus(Duration.ofHours(1)));

        SignatureCheck check = check(verifier(pki.ocspUrl().toString(), List.of()),
                revoked.sign(CONTENT, NOW.minus(Duration.ofDays(3))));

        assertThat(reason(check)).isEqualTo(SignatureReason.CERTIFICATE_REVOKED);
        assertThat(((SignatureCheck.Invalid) check).detail()).contains("OCSP");
    }

    @Test
    void aDelegatedResponder_isBelieved() {
        TestSigner revoked = intermediate.issue(TestCa.signer(APPLICANT));
        pki.revoke(revoked.serial(), NOW.minus(Duration.ofHours(1)));
        pki.mode(PkiServer.Mode.DELEGATED);

        assertThat(reason(check(verifier(pki.ocspUrl().toString(), List.of()), revoked.sign(CONTENT, SIGNED))))
                .isEqualTo(SignatureReason.CERTIFICATE_REVOKED);
        assertThat(check(verifier(pki.ocspUrl().toString(), List.of()), applicant.sign(CONTENT, SIGNED)))
                .isInstanceOf(SignatureCheck.Valid.class);
    }

    @Test
    void theResponderTheCertificateNames_isAsked_underAia() {
        TestSigner named = intermediate.issue(TestCa.signer(APPLICANT).ocsp(pki.ocspUrl()));
        pki.revoke(named.serial(), NOW.minus(Duration.ofHours(1)));
        int before = pki.ocspRequests();

        assertThat(reason(check(verifier("aia", List.of()), named.sign(CONTENT, SIGNED))))
                .isEqualTo(SignatureReason.CERTIFICATE_REVOKED);
        assertThat(pki.ocspRequests()).isEqualTo(before + 1);
    }

    @Test
    void underAia_aCertificateNamingNoResponder_isNotAskedAbout() {
        int before = pki.ocspRequests();

        assertThat(check(verifier("aia", List.of()), applicant.sign(CONTENT, SIGNED)))
                .isInstanceOf(SignatureCheck.Valid.class);
        assertThat(pki.ocspRequests()).isEqualTo(before);
    }

    @Test
    void theResponderDown_cannotBeChecked_andOnceItIsBack_theSameSignatureIsValid() {
        CmsSignatureVerifier verifier = verifier(pki.ocspUrl().toString(), List.of());
        String signature = applicant.sign(CONTENT, SIGNED);
        pki.stop();

        SignatureCheck down = check(verifier, signature);
        pki.restart();
        SignatureCheck back = check(verifier, signature);

        assertThat(down).isInstanceOfSatisfying(SignatureCheck.Unavailable.class, unavailable ->
                assertThat(unavailable.what()).contains(pki.ocspUrl().toString(), "could not be reached"));
        assertThat(back).isInstanceOf(SignatureCheck.Valid.class);
    }

    /** An erroring, lying or silent responder is never a reason to accept, nor to refuse. */
    @ParameterizedTest
    @CsvSource({"HTTP_ERROR, answered HTTP 500", "TRY_LATER, answered with OCSP status tryLater",
            "GARBAGE, not an OCSP response", "SIGNED_BY_STRANGER, unsigned by the certificate's issuer",
            "UNKNOWN, does not know the certificate", "SILENT, did not answer within PT2S"})
    void aResponderThatAnswersNothingUsable_cannotBeChecked(PkiServer.Mode mode, String what) {
        TestSigner revoked = intermediate.issue(TestCa.signer(APPLICANT));
        pki.revoke(revoked.serial(), NOW.minus(Duration.ofHours(1)));
        pki.mode(mode);
        CmsSignatureVerifier verifier = verifier(pki.ocspUrl().toString(), List.of());

        assertThat(check(verifier, applicant.sign(CONTENT, SIGNED))).as("good, " + mode)
                .isInstanceOfSatisfying(SignatureCheck.Unavailable.class, unavailable ->
                        assertThat(unavailable.what()).contains(pki.ocspUrl().toString(), what));
        assertThat(check(verifier, revoked.sign(CONTENT, SIGNED))).as("revoked, " + mode)
                .isInstanceOf(SignatureCheck.Unavailable.class);
    }

    @Test
    void anInvalidSignature_isRefusedWithoutAskingTheResponder() {
        pki.stop();

        SignatureCheck check = check(verifier(pki.ocspUrl().toString(), List.of()),
                applicant.sign("other".getBytes(StandardCharsets.UTF_8), SIGNED));

        assertThat(reason(check)).isEqualTo(SignatureReason.CONTENT_MISMATCH);
    }

    // --- revocation by CRL

    @Test
    void aCrlFileListingTheCertificate_revokesIt_andOneNotListingIt_doesNot() {
        TestSigner revoked = intermediate.issue(TestCa.signer(APPLICANT));
        Path crl = Pem.write(dir.resolve("intermediate.crl"), intermediate.crl(NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(6)), Map.of(revoked.serial(), NOW.minus(Duration.ofHours(5)))));
        CmsSignatureVerifier verifier = verifier("off", List.of(crl.toString()));

        SignatureCheck check = check(verifier, revoked.sign(CONTENT, SIGNED));

        assertThat(reason(check)).isEqualTo(SignatureReason.CERTIFICATE_REVOKED);
        assertThat(((SignatureCheck.Invalid) check).detail()).contains("CRL", crl.toString());
        assertThat(check(verifier, applicant.sign(CONTENT, SIGNED))).isInstanceOf(SignatureCheck.Valid.class);
    }

    @Test
    void aCrlDownloadedFromItsDistributionPoint_revokesTheCertificate() {
        TestSigner revoked = intermediate.issue(TestCa.signer(APPLICANT));
        pki.serve(intermediate.crl(NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(6)),
                Map.of(revoked.serial(), NOW.minus(Duration.ofHours(5)))));

        assertThat(reason(check(verifier("off", List.of(pki.crlUrl().toString())), revoked.sign(CONTENT, SIGNED))))
                .isEqualTo(SignatureReason.CERTIFICATE_REVOKED);
    }

    @Test
    void theRootsCrlListingTheIntermediate_revokesEverySignerUnderIt() {
        Path crl = Pem.write(dir.resolve("root.crl"), root.crl(NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)), Map.of(intermediate.certificate().getSerialNumber(),
                        NOW.minus(Duration.ofDays(2)))));

        assertThat(reason(check(verifier("off", List.of(crl.toString())), applicant.sign(CONTENT, SIGNED))))
                .isEqualTo(SignatureReason.CERTIFICATE_REVOKED);
    }

    @Test
    void aCrlOutOfDate_orMissing_orUnreachable_cannotBeChecked() {
        Path stale = Pem.write(dir.resolve("stale.crl"), intermediate.crl(NOW.minus(Duration.ofDays(10)),
                NOW.minus(Duration.ofDays(3)), Map.of()));
        String signature = applicant.sign(CONTENT, SIGNED);

        SignatureCheck outOfDate = check(verifier("off", List.of(stale.toString())), signature);
        SignatureCheck missing = check(verifier("off", List.of(dir.resolve("none.crl").toString())), signature);
        pki.stop();
        SignatureCheck unreachable = check(verifier("off", List.of(pki.crlUrl().toString())), signature);

        assertThat(outOfDate).isInstanceOfSatisfying(SignatureCheck.Unavailable.class, u ->
                assertThat(u.what()).contains("out of date"));
        assertThat(missing).isInstanceOfSatisfying(SignatureCheck.Unavailable.class, u ->
                assertThat(u.what()).contains("cannot be read"));
        assertThat(unreachable).isInstanceOf(SignatureCheck.Unavailable.class);
    }

    @Test
    void aCrlAndTheResponder_aRevocationEitherReports_isFinal_evenWithTheOtherDown() {
        TestSigner revoked = intermediate.issue(TestCa.signer(APPLICANT));
        Path crl = Pem.write(dir.resolve("intermediate.crl"), intermediate.crl(NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(6)), Map.of(revoked.serial(), NOW.minus(Duration.ofHours(5)))));
        CmsSignatureVerifier verifier = verifier(pki.ocspUrl().toString(), List.of(crl.toString()));
        pki.stop();

        assertThat(reason(check(verifier, revoked.sign(CONTENT, SIGNED)))).isEqualTo(
                SignatureReason.CERTIFICATE_REVOKED);
        assertThat(check(verifier, applicant.sign(CONTENT, SIGNED))).isInstanceOf(SignatureCheck.Unavailable.class);
    }
}
