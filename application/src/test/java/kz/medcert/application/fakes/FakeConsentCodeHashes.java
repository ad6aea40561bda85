package kz.medcert.application.fakes;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.medcert.application.port.out.ConsentCodeHashes;

/** HMAC-SHA256 under a key of the tests, as the adapter computes it under the service's key. */
public final class FakeConsentCodeHashes implements ConsentCodeHashes {
    private final SecretKeySpec key;

    /** Under the tests' usual key. */
    public FakeConsentCodeHashes() {
        this("consent-code-key-for-tests-32-bytes!");
    }

    /** Under {@code key} (its UTF-8 bytes). */
    public FakeConsentCodeHashes(String key) {
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    @Override
    public String hash(String reference, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((reference + "\n" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
