package kz.medcert.adapters.registries;

import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.application.port.out.SignatureCheck;
import kz.medcert.application.port.out.SignatureVerifier;
import kz.medcert.domain.person.Iin;

/**
 * Stand-in for EDS verification in demo mode (R17, R81). It accepts exactly the demo signature
 * {@code DEMO-EDS:<iin>:<lowercase hex SHA-256 of the content>} by the signer and nothing else: the demo signature
 * over other content is a content mismatch, one naming another IIN is not the applicant's, anything else is no demo
 * signature. Outside demo mode the CMS verifier of {@code adapters-signature} checks real signatures.
 */
public final class StubSignatureVerifier implements SignatureVerifier {
    static final String PREFIX = "DEMO-EDS:";
    private static final String FORMAT = "DEMO-EDS:<IIN>:<contentDigest>";

    private final Clock clock;

    /** @param clock the signing time of a valid demo signature is the moment it is checked */
    @Inject
    public StubSignatureVerifier(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The only signature this verifier accepts from {@code signer} over {@code content}. */
    public static String demoSignature(byte[] content, Iin signer) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(signer, "signer");
        return PREFIX + signer.value() + ":" + HexFormat.of().formatHex(sha256(content));
    }

    @Override
    public SignatureCheck verify(byte[] content, String signature, Iin signer) {
        if (signature == null || !signature.startsWith(PREFIX) || signature.indexOf(':', PREFIX.length()) < 0) {
            return new SignatureCheck.Invalid(SignatureReason.SIGNATURE_INVALID, "in demo mode the signature is "
                    + FORMAT);
        }
        String[] iinAndDigest = signature.substring(PREFIX.length()).split(":", 2);
        if (!iinAndDigest[1].equals(HexFormat.of().formatHex(sha256(content)))) {
            return new SignatureCheck.Invalid(SignatureReason.CONTENT_MISMATCH, "the demo signature names another "
                    + "content digest than the request's current one");
        }
        if (!iinAndDigest[0].equals(signer.value())) {
            return new SignatureCheck.Invalid(SignatureReason.SIGNER_IS_NOT_APPLICANT, "the demo signature names "
                    + "another IIN than the applicant's");
        }
        return new SignatureCheck.Valid(new SignatureCheck.Signer("SERIALNUMBER=IIN" + signer.value(),
                "CN=MedCert demo signature (no certification authority)", "DEMO", clock.instant()));
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
