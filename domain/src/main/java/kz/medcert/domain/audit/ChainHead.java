package kz.medcert.domain.audit;

import java.util.Objects;

/**
 * The end of the audit chain: the sequence number and hash of its last entry, to which the next entry links.
 * {@link #EMPTY} is the head of a chain without entries (sequence 0, hash of 64 zeros).
 */
public record ChainHead(long sequence, String hash) {
    public static final ChainHead EMPTY = new ChainHead(0, AuditChain.GENESIS_HASH);

    public ChainHead {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative, got " + sequence);
        }
        Objects.requireNonNull(hash, "hash");
    }
}
