package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase;
import kz.medcert.application.port.out.AssessmentRegistry;
import kz.medcert.application.port.out.CertificateRegistry;
import kz.medcert.application.port.out.EducationRegistry;
import kz.medcert.application.port.out.EmploymentRegistry;
import kz.medcert.application.port.out.IdentityRegistry;
import kz.medcert.application.port.out.NameChangeRegistry;
import kz.medcert.application.port.out.ProhibitionRegistry;
import kz.medcert.application.service.requests.RegistryCalls;
import kz.medcert.application.service.RequestSettings;
import kz.medcert.bootstrap.metrics.MeteredRegistries;
import kz.medcert.bootstrap.metrics.OperationsMetrics;
import kz.medcert.bootstrap.metrics.ServiceFigureGauges;
import kz.medcert.domain.request.StateRegistry;

/**
 * The operators' metrics: the registry with the JVM's meters, the connection pool's (HikariCP's own Micrometer
 * tracker), the service's figures, and the state registries' calls, each registry's port metered where the registry
 * calls are made. What serves them and who may read them is the HTTP wiring's (MEDCERT_METRICS_TOKEN, _PORT).
 */
final class MetricsModule extends AbstractModule {

    @Provides
    @Singleton
    OperationsMetrics metrics(Database database, ServiceFiguresUseCase figures) {
        OperationsMetrics metrics = OperationsMetrics.create();
        database.meterPool(new MicrometerMetricsTrackerFactory(metrics.registry()));
        ServiceFigureGauges.register(metrics.registry(), figures);
        return metrics;
    }

    /** Owns the threads that call the registries; every call counted by registry and outcome. */
    @Provides
    @Singleton
    RegistryCalls registryCalls(EducationRegistry education, CertificateRegistry certificates,
                                NameChangeRegistry nameChanges, AssessmentRegistry assessments,
                                EmploymentRegistry employment, ProhibitionRegistry prohibitions,
                                IdentityRegistry identity, RequestSettings settings, OperationsMetrics metrics) {
        MeteredRegistries metered = new MeteredRegistries(metrics.registry(), settings.registryTimeLimit());
        return new RegistryCalls(
                metered.of(EducationRegistry.class, StateRegistry.EDUCATION, education),
                metered.of(CertificateRegistry.class, StateRegistry.CERTIFICATES, certificates),
                metered.of(NameChangeRegistry.class, StateRegistry.NAME_CHANGES, nameChanges),
                metered.of(AssessmentRegistry.class, StateRegistry.ASSESSMENTS, assessments),
                metered.of(EmploymentRegistry.class, StateRegistry.EMPLOYMENT, employment),
                metered.of(ProhibitionRegistry.class, StateRegistry.PROHIBITIONS, prohibitions),
                metered.of(IdentityRegistry.class, StateRegistry.IDENTITY, identity),
                settings);
    }
}
