package kz.medcert.archfixture.clean.bootstrap;

import kz.medcert.archfixture.clean.adapters.http.ThingController;
import kz.medcert.archfixture.clean.adapters.persistence.InMemoryThingRepository;
import kz.medcert.archfixture.clean.adapters.registries.StubThingRegistry;
import kz.medcert.archfixture.clean.application.port.in.RegisterThingUseCase;
import kz.medcert.archfixture.clean.application.port.out.ThingRepository;
import kz.medcert.archfixture.clean.application.service.RegisterThingService;
import com.google.inject.AbstractModule;
import java.time.Clock;

/** Composition root: the only place that knows Guice, every adapter and the services (and may read the clock). */
public final class CleanModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(RegisterThingUseCase.class).to(RegisterThingService.class);
        bind(ThingRepository.class).to(InMemoryThingRepository.class);
        bind(StubThingRegistry.class);
        bind(ThingController.class);
        bind(Clock.class).toInstance(Clock.systemUTC());
    }
}
