package kz.medcert.domain.audit;

import java.time.Instant;
import java.util.Objects;
import kz.medcert.domain.request.RequestId;

/**
 * One entry of the append-only audit log: a {@link AuditedStep step} at its place in the single, global hash chain.
 *
 * <p>The components are taken as stored, without validation beyond presence, so that a tampered entry can still be
 * read and then reported by {@link AuditChain#verify}, rather than refused on reading.
 *
 * @param sequence     the entry's place in the chain, from 1 without gaps
 * @param previousHash the hash of the entry before, or 64 zeros for the first
 * @param hash         lowercase hex HMAC-SHA256 of the entry's canonical encoding under the audit key, or, for an
 *                     entry written before the service had one, SHA-256 alone (see {@link AuditChain#hashOf})
 */
public record AuditEntry(long sequence, RequestId requestId, Instant at, String actor, String event, String detail,
                         String previousHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The step this entry records. */
    public AuditedStep step() {
        return new AuditedStep(requestId, at, actor, event, detail);
    }

    /** The chain's head once this entry is appended. */
    public ChainHead head() {
        return new ChainHead(sequence, hash);
    }

    /**
     * Whether the stored hash is the plain SHA-256 of the entry's content (says nothing about its link to the one
     * before): anyone can compute it, so it proves only what a keyed entry after it vouches for.
     */
    public boolean sealed() {
        return AuditChain.hashOf(this).equals(hash);
    }

    /** Whether the stored hash is the HMAC of the entry's content under {@code key}: only the key's holder makes it. */
    public boolean sealedWith(AuditKey key) {
        return AuditChain.hashOf(this, key).equals(hash);
    }
}
