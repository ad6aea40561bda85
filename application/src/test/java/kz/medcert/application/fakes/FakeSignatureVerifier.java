package kz.medcert.application.fakes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.application.port.out.SignatureCheck;
import kz.medcert.application.port.out.SignatureVerifier;
import kz.medcert.domain.person.Iin;

/**
 * An EDS stand-in: a signature is valid when it reads {@code "SIGNED:"} + the SHA-256 (lowercase hex) of the content,
 * optionally followed by {@code ":"} + the signer's IIN (another IIN: not the applicant). For the tests of what a
 * submission answers, {@code "<REASON>:..."} with a {@link SignatureReason} name is invalid for that reason, and
 * {@value #UNCHECKABLE} cannot be checked now; anything else is not a signature at all.
 */
public final class FakeSignatureVerifier implements SignatureVerifier {
    public static final String PREFIX = "SIGNED:";
    /** The signature that cannot be checked now, as when the certification authority's responder is down. */
    public static final String UNCHECKABLE = "UNCHECKABLE";
    /** The signing time every valid fake signature states. */
    public static final Instant SIGNED_AT = Instant.parse("2026-11-20T04:00:00Z");

    /** The signature the applicant's EDS would give content whose SHA-256 is {@code contentDigest}. */
    public static String signatureOver(String contentDigest) {
        return PREFIX + contentDigest;
    }

    /** The signature {@code signer}'s EDS would give content whose SHA-256 is {@code contentDigest}. */
    public static String signatureOver(String contentDigest, Iin signer) {
        return PREFIX + contentDigest + ":" + signer.value();
    }

    @Override
    public SignatureCheck verify(byte[] content, String signature, Iin signer) {
        if (signature.startsWith(UNCHECKABLE)) {
            return new SignatureCheck.Unavailable("the fake responder is down");
        }
        if (!signature.startsWith(PREFIX)) {
            String code = signature.contains(":") ? signature.substring(0, signature.indexOf(':')) : "";
            return Arrays.stream(SignatureReason.values()).filter(reason -> reason.name().equals(code)).findFirst()
                    .<SignatureCheck>map(reason -> new SignatureCheck.Invalid(reason, "the fake says " + code))
                    .orElseGet(() -> new SignatureCheck.Invalid(SignatureReason.SIGNATURE_NOT_CMS, "not SIGNED:..."));
        }
        String[] parts = signature.substring(PREFIX.length()).split(":", -1);
        if (!parts[0].equals(sha256(content))) {
            return new SignatureCheck.Invalid(SignatureReason.CONTENT_MISMATCH, "signs content " + parts[0]);
        }
        if (parts.length > 1 && !parts[1].equals(signer.value())) {
            return new SignatureCheck.Invalid(SignatureReason.SIGNER_IS_NOT_APPLICANT, "signed by another person");
        }
        return new SignatureCheck.Valid(new SignatureCheck.Signer("SERIALNUMBER=IIN" + signer.value(), "CN=Fake CA",
                "1", SIGNED_AT));
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
