package kz.medcert.application.service.requests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import kz.medcert.application.port.out.ConsentCodeHashes;
import kz.medcert.domain.person.Iin;

/**
 * Draws one-time codes and their references with {@link SecureRandom}; a code is kept only as its keyed hash
 * ({@link ConsentCodeHashes}) and compared in constant time.
 */
final class ConsentCodes {
    private final SecureRandom random = new SecureRandom();
    private final ConsentCodeHashes hashes;
    private final Optional<String> demoCode;

    ConsentCodes(ConsentCodeHashes hashes, Optional<String> demoCode) {
        this.hashes = hashes;
        this.demoCode = demoCode;
    }

    /** Six digits, uniformly drawn; the fixed one in demo mode. */
    String newCode() {
        return demoCode.orElseGet(() -> String.format("%06d", random.nextInt(1_000_000)));
    }

    /** A reference no one can guess, naming the person only masked (it is shown in the audit trail). */
    String newReference(Iin iin) {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return "CONSENT-" + HexFormat.of().formatHex(bytes) + "-" + iin.masked();
    }

    String hash(String reference, String code) {
        return hashes.hash(reference, code);
    }

    /** Whether {@code code} is the one whose hash is {@code expectedHash}, compared in constant time. */
    boolean matches(String reference, String code, String expectedHash) {
        return MessageDigest.isEqual(hash(reference, code).getBytes(StandardCharsets.US_ASCII),
                expectedHash.getBytes(StandardCharsets.US_ASCII));
    }
}
