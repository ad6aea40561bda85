package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import kz.medcert.adapters.registries.DemoContactDirectory;
import kz.medcert.adapters.registries.DemoPersons;
import kz.medcert.adapters.registries.RegistryBehaviours;
import kz.medcert.adapters.registries.RegistryFaults;
import kz.medcert.adapters.registries.StubAssessmentRegistry;
import kz.medcert.adapters.registries.StubCertificateRegistry;
import kz.medcert.adapters.registries.StubConsentGateway;
import kz.medcert.adapters.registries.StubEducationRegistry;
import kz.medcert.adapters.registries.StubEmploymentRegistry;
import kz.medcert.adapters.registries.StubIdentityRegistry;
import kz.medcert.adapters.registries.StubNameChangeRegistry;
import kz.medcert.adapters.registries.StubProhibitionRegistry;
import kz.medcert.application.port.out.AssessmentRegistry;
import kz.medcert.application.port.out.CertificateRegistry;
import kz.medcert.application.port.out.ConsentGateway;
import kz.medcert.application.port.out.ContactDirectory;
import kz.medcert.application.port.out.EducationRegistry;
import kz.medcert.application.port.out.EmploymentRegistry;
import kz.medcert.application.port.out.IdentityRegistry;
import kz.medcert.application.port.out.NameChangeRegistry;
import kz.medcert.application.port.out.ProhibitionRegistry;
import kz.medcert.application.service.requests.SmsConsentGateway;

/**
 * The state registries and the consent gateway: deterministic stubs seeded from the demo persons, with latency and
 * faults injected from MEDCERT_REGISTRY_BEHAVIOUR (the EDS verifier is {@link SignatureModule}'s). Singletons, because
 * fault counters live in them.
 */
final class RegistriesModule extends AbstractModule {
    private final AppConfig config;
    private final Background<DemoPersons> demoPersons;

    /** {@code demoPersons}: {@link DemoPersons#load()}, read on a thread of its own while the rest is wired. */
    RegistriesModule(AppConfig config, Background<DemoPersons> demoPersons) {
        this.config = config;
        this.demoPersons = demoPersons;
    }

    @Override
    protected void configure() {
        bind(EducationRegistry.class).to(StubEducationRegistry.class).in(Singleton.class);
        bind(CertificateRegistry.class).to(StubCertificateRegistry.class).in(Singleton.class);
        bind(NameChangeRegistry.class).to(StubNameChangeRegistry.class).in(Singleton.class);
        bind(AssessmentRegistry.class).to(StubAssessmentRegistry.class).in(Singleton.class);
        bind(EmploymentRegistry.class).to(StubEmploymentRegistry.class).in(Singleton.class);
        bind(ProhibitionRegistry.class).to(StubProhibitionRegistry.class).in(Singleton.class);
        bind(IdentityRegistry.class).to(StubIdentityRegistry.class).in(Singleton.class);
        bind(ContactDirectory.class).to(DemoContactDirectory.class).in(Singleton.class);
        // the demo shows its codes in the stub's phone; outside demo mode they go by SMS (MessagingModule's provider)
        bind(ConsentGateway.class).to(config.demo() ? StubConsentGateway.class : SmsConsentGateway.class)
                .in(Singleton.class);
    }

    @Provides
    @Singleton
    DemoPersons demoPersons() {
        return demoPersons.join();
    }

    /** As configured at start; switchable while running (see {@link RegistryFaults}). */
    @Provides
    @Singleton
    RegistryFaults faults() {
        return new RegistryFaults(RegistryBehaviours.parse(config.registryBehaviour()));
    }
}
