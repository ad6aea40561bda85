package kz.medcert.domain.audit;

/**
 * The secret that seals the audit chain: each entry's hash is a keyed MAC (HMAC-SHA256) under it, so that whoever can
 * write to the database but does not hold the key cannot recompute the chain after changing an entry. The key is kept
 * outside the database (the service's key file); the MAC is computed by an adapter that holds it (the domain uses the
 * JDK's java packages only).
 */
public interface AuditKey {

    /** Lowercase hex HMAC-SHA256 of {@code encoding} under the key. */
    String seal(byte[] encoding);
}
