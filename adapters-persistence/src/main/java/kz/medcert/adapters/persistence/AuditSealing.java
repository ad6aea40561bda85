package kz.medcert.adapters.persistence;

import java.util.Optional;
import kz.medcert.domain.audit.AuditKey;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * The key the audit chain is sealed with, carried in the Jdbi configuration so that every writer of the audit log
 * (the repositories, the journal, the register) and its verifier use the one the database was opened with (see
 * {@link Database#sealAuditChainWith}). Without one, entries are plain (SHA-256 alone), as before the service had a
 * key: only adapter tests run so; the service always configures its key.
 */
public final class AuditSealing implements JdbiConfig<AuditSealing> {
    private AuditKey key;

    public AuditSealing() {
    }

    private AuditSealing(AuditSealing other) {
        this.key = other.key;
    }

    Optional<AuditKey> key() {
        return Optional.ofNullable(key);
    }

    void key(AuditKey value) {
        key = value;
    }

    @Override
    public AuditSealing createCopy() {
        return new AuditSealing(this);
    }
}
