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
 * @param hash         lowercase hex SHA-256 of the entry's canonical encoding (see {@link AuditChain#hashOf})
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

    /** Whether the stored hash is the hash of the entry's content (says nothing about its link to the one before). */
    public boolean sealed() {
        return AuditChain.hashOf(this).equals(hash);
    }
}
