package kz.medcert.adapters.registries;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import kz.medcert.application.port.out.SignatureVerifier;
import kz.medcert.domain.person.Iin;

/**
 * Stand-in for EDS verification (R17, R81). It accepts exactly the demo signature
 * {@code DEMO-EDS:<iin>:<lowercase hex SHA-256 of the content>} by the signer and nothing else. A production adapter
 * sends the CMS signature to the NCA RK (National Certification Authority) PKI service, which checks the chain, the
 * revocation status and that the certificate belongs to the signer's IIN.
 */
public final class StubSignatureVerifier implements SignatureVerifier {
    static final String PREFIX = "DEMO-EDS:";

    /** The only signature this verifier accepts from {@code signer} over {@code content}. */
    public static String demoSignature(byte[] content, Iin signer) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(signer, "signer");
        return PREFIX + signer.value() + ":" + HexFormat.of().formatHex(sha256(content));
    }

    @Override
    public boolean verify(byte[] content, String signature, Iin signer) {
        if (content == null || signature == null || signer == null) {
            return false;
        }
        byte[] expected = demoSignature(content, signer).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
