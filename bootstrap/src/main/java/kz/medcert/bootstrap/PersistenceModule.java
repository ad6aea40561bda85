package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.adapters.persistence.JdbiCertificationRequestRepository;
import kz.medcert.application.port.out.CertificationRequestRepository;
import org.jdbi.v3.core.Jdbi;

/** The database (HSQLDB file by default, PostgreSQL in production) and the repositories on it. */
final class PersistenceModule extends AbstractModule {
    private final AppConfig config;

    PersistenceModule(AppConfig config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        bind(CertificationRequestRepository.class).to(JdbiCertificationRequestRepository.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    Database database() {
        return Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword());
    }

    @Provides
    @Singleton
    Jdbi jdbi(Database database) {
        return database.jdbi();
    }
}
