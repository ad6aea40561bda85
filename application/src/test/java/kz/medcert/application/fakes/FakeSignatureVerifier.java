package kz.medcert.application.fakes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import kz.medcert.application.port.out.SignatureVerifier;
import kz.medcert.domain.person.Iin;

/** An EDS stand-in: a signature is valid when it reads {@code "SIGNED:"} + the SHA-256 (lowercase hex) of the content. */
public final class FakeSignatureVerifier implements SignatureVerifier {
    public static final String PREFIX = "SIGNED:";

    /** The signature the applicant's EDS would give content whose SHA-256 is {@code contentDigest}. */
    public static String signatureOver(String contentDigest) {
        return PREFIX + contentDigest;
    }

    @Override
    public boolean verify(byte[] content, String signature, Iin signer) {
        return signatureOver(sha256(content)).equals(signature);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
