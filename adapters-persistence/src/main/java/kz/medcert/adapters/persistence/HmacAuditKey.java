package kz.medcert.adapters.persistence;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import kz.medcert.domain.audit.AuditKey;

/** The audit chain's key as HMAC-SHA256 (javax.crypto). Never printed. */
public final class HmacAuditKey implements AuditKey {
    /** RFC 2104: a key shorter than the hash's output weakens the HMAC. */
    public static final int MIN_BYTES = 32;
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    private HmacAuditKey(byte[] bytes) {
        this.key = new SecretKeySpec(bytes, HMAC);
    }

    public static HmacAuditKey of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("the audit key must have at least " + MIN_BYTES + " bytes, has "
                    + bytes.length);
        }
        return new HmacAuditKey(bytes.clone());
    }

    @Override
    public String seal(byte[] encoding) {
        return HexFormat.of().formatHex(hmac(key, encoding));
    }

    static byte[] hmac(SecretKeySpec key, byte[] message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(message);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is required of every JVM", e);
        }
    }

    @Override
    public String toString() {
        return "HmacAuditKey[HMAC-SHA256]";
    }
}
