package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.adapters.persistence.HmacAuditKey;
import kz.medcert.adapters.persistence.HmacConsentCodeHashes;
import kz.medcert.adapters.persistence.JdbiCertificationRequestRepository;
import kz.medcert.adapters.persistence.JdbiConsentChallenges;
import kz.medcert.adapters.persistence.JdbiOperationalCounts;
import kz.medcert.application.port.out.ApplicantRequests;
import kz.medcert.application.port.out.CertificateIssuing;
import kz.medcert.application.port.out.ConsentChallenges;
import kz.medcert.application.port.out.ConsentCodeHashes;
import kz.medcert.application.port.out.DecisionQueue;
import kz.medcert.application.port.out.IdempotentStarts;
import kz.medcert.application.port.out.OperationalCounts;
import kz.medcert.application.port.out.RegistryRetryQueue;
import kz.medcert.application.port.out.RequestAttachments;
import kz.medcert.application.port.out.Requests;
import org.jdbi.v3.core.Jdbi;

/**
 * The database (HSQLDB file by default, PostgreSQL in production) and the repositories on it; the audit chain is
 * sealed with the service's key.
 */
final class PersistenceModule extends AbstractModule {
    private final AppConfig config;
    private final ServiceKeys keys;
    private final Background<Database> database;

    PersistenceModule(AppConfig config, ServiceKeys keys, Background<Database> database) {
        this.config = config;
        this.keys = keys;
        this.database = database;
    }

    @Override
    protected void configure() {
        bind(ConsentChallenges.class).to(JdbiConsentChallenges.class).in(Singleton.class);
        bind(OperationalCounts.class).to(JdbiOperationalCounts.class).in(Singleton.class);
        bind(ConsentCodeHashes.class).toInstance(new HmacConsentCodeHashes(keys.consentCodes()));
        // each port of the request store is the one store (its retry claims are this instance's)
        bind(Requests.class).to(JdbiCertificationRequestRepository.class);
        bind(IdempotentStarts.class).to(JdbiCertificationRequestRepository.class);
        bind(CertificateIssuing.class).to(JdbiCertificationRequestRepository.class);
        bind(RequestAttachments.class).to(JdbiCertificationRequestRepository.class);
        bind(ApplicantRequests.class).to(JdbiCertificationRequestRepository.class);
        bind(DecisionQueue.class).to(JdbiCertificationRequestRepository.class);
        bind(RegistryRetryQueue.class).to(JdbiCertificationRequestRepository.class);
    }

    /**
     * The service's database, opened (and migrated) on a thread of its own while the rest is wired (see
     * {@link Background}); it keeps register entries in memory for public verification (RegisterEntryCache).
     */
    @Provides
    @Singleton
    Database database() {
        return database.join();
    }

    /** What {@link #database()} is: the configured database, keeping register entries in memory. */
    static Database openForService(AppConfig config, ServiceKeys keys, Clock clock) {
        return open(config, keys, clock).cacheRegisterEntries();
    }

    /** The configured database, its audit chain sealed with the service's key (see {@link ServiceKeys}). */
    static Database open(AppConfig config, ServiceKeys keys, Clock clock) {
        return open(config, keys, clock, Database.DEFAULT_POOL_SIZE);
    }

    static Database open(AppConfig config, ServiceKeys keys, Clock clock, int poolSize) {
        Database database = Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword(), poolSize);
        try {
            return database.sealAuditChainWith(HmacAuditKey.of(keys.auditChain()), clock.instant());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * The one store of requests of this instance, behind each of its ports: its claims on the requests it retries
     * (held under the instance's id) last as long as a round of retries may (MEDCERT_RETRY_LEASE); a request that
     * just began to wait is left to the instance that asks its registries for their time limit and a second.
     */
    @Provides
    @Singleton
    JdbiCertificationRequestRepository requestStore(Jdbi jdbi) {
        return new JdbiCertificationRequestRepository(jdbi, config.retryLease(),
                config.registryTimeLimit().plusSeconds(1), Clock.systemUTC());
    }

    @Provides
    @Singleton
    Jdbi jdbi(Database database) {
        return database.jdbi();
    }
}
