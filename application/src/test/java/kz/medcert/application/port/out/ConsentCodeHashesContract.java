package kz.medcert.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConsentCodeHashes} promises: a code's hash is lowercase hex of an HMAC-SHA256 (64 digits), the same
 * for the same code sent for the same challenge (so that a code typed back can be checked), different for the same
 * code sent for another challenge and for another code, and it depends on the key: another key hashes differently,
 * and no unkeyed digest of the code gives it. Extend it with two hashers under two different keys.
 */
public abstract class ConsentCodeHashesContract {
    private static final String REFERENCE = "CONSENT-1-0f8e2f0e-6c5b-4c0e-9b7a-1d2c3b4a5f60";

    /** The hasher under test, under its key. */
    protected abstract ConsentCodeHashes hashes();

    /** The same kind of hasher under a different key. */
    protected abstract ConsentCodeHashes hashesUnderAnotherKey();

    @Test
    void aHash_isLowercaseHexOfSha256Length() {
        assertThat(hashes().hash(REFERENCE, "123456")).matches("[0-9a-f]{64}");
    }

    @Test
    void theSameCodeForTheSameChallenge_hashesTheSame_soACodeTypedBackIsRecognised() {
        assertThat(hashes().hash(REFERENCE, "123456")).isEqualTo(hashes().hash(REFERENCE, "123456"));
    }

    @Test
    void theSameCodeSentForAnotherChallenge_hashesDifferently() {
        assertThat(hashes().hash(REFERENCE, "123456")).isNotEqualTo(hashes().hash(REFERENCE + "-2", "123456"));
    }

    @Test
    void eachOfTheMillionCodes_hashesApart_forOneChallenge_sampled() {
        Random random = new Random(20261120L);
        Set<String> codes = new HashSet<>();
        Set<String> hashed = new HashSet<>();
        while (codes.size() < 2_000) {
            String code = "%06d".formatted(random.nextInt(1_000_000));
            if (codes.add(code)) {
                hashed.add(hashes().hash(REFERENCE, code));
            }
        }
        assertThat(hashed).hasSameSizeAs(codes);
    }

    @Test
    void theHash_dependsOnTheKey_andNoUnkeyedDigestGivesTheCodeAway() {
        String hash = hashes().hash(REFERENCE, "123456");

        assertThat(hashesUnderAnotherKey().hash(REFERENCE, "123456")).isNotEqualTo(hash);
        assertThat(hash).isNotIn(sha256("123456"), sha256(REFERENCE + "123456"), sha256(REFERENCE + "\n123456"),
                sha256("123456" + REFERENCE), sha256("123456\n" + REFERENCE));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
