package kz.medcert.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.spec.SecretKeySpec;
import kz.medcert.application.port.out.ConsentCodeHashes;

/**
 * Consent codes kept as HMAC-SHA256 under a key from outside the database, bound to their challenge's reference: a
 * reader of the database cannot recover a code by hashing the million possible ones.
 */
public final class HmacConsentCodeHashes implements ConsentCodeHashes {
    private final SecretKeySpec key;

    public HmacConsentCodeHashes(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < HmacAuditKey.MIN_BYTES) {
            throw new IllegalArgumentException("the consent code key must have at least " + HmacAuditKey.MIN_BYTES
                    + " bytes, has " + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    @Override
    public String hash(String reference, String code) {
        return HexFormat.of().formatHex(HmacAuditKey.hmac(key, (reference + "\n" + code)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "HmacConsentCodeHashes[HMAC-SHA256]";
    }
}
