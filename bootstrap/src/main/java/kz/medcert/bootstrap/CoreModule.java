package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import kz.medcert.application.port.in.requests.AmendFormUseCase;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase;
import kz.medcert.application.port.in.operations.CalendarCoverageUseCase;
import kz.medcert.application.port.in.requests.ConsentUseCase;
import kz.medcert.application.port.in.evaluation.EvaluateDossierUseCase;
import kz.medcert.application.port.in.requests.FetchRegistriesUseCase;
import kz.medcert.application.port.in.requests.GetAttachmentUseCase;
import kz.medcert.application.port.in.requests.GetRequestUseCase;
import kz.medcert.application.port.in.requests.ListRequestsUseCase;
import kz.medcert.application.port.in.decisions.ObjectToRefusalUseCase;
import kz.medcert.application.port.in.decisions.OfficerQueueUseCase;
import kz.medcert.application.port.in.reference.ReferenceDataUseCase;
import kz.medcert.application.port.in.reference.ServiceStandardUseCase;
import kz.medcert.application.port.in.operations.ServiceFiguresUseCase;
import kz.medcert.application.port.in.requests.StartRequestUseCase;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase;
import kz.medcert.application.service.requests.AmendFormService;
import kz.medcert.application.service.requests.AttachDocumentService;
import kz.medcert.adapters.registries.StubConsentGateway;
import kz.medcert.application.service.operations.CalendarCoverageService;
import kz.medcert.application.service.requests.ConsentService;
import kz.medcert.application.service.requests.ConsentSettings;
import kz.medcert.application.service.evaluation.EvaluateDossierService;
import kz.medcert.application.service.requests.FetchRegistriesService;
import kz.medcert.application.service.DecisionSettings;
import kz.medcert.application.service.requests.GetAttachmentService;
import kz.medcert.application.service.requests.GetRequestService;
import kz.medcert.application.service.requests.ListRequestsService;
import kz.medcert.application.service.decisions.ObjectToRefusalService;
import kz.medcert.application.service.decisions.OfficerQueueService;
import kz.medcert.application.service.reference.ReferenceDataService;
import kz.medcert.application.service.reference.ServiceStandardService;
import kz.medcert.application.service.RequestSettings;
import kz.medcert.application.service.operations.ServiceFiguresService;
import kz.medcert.application.service.requests.StartRequestService;
import kz.medcert.application.service.requests.SubmitRequestService;
import kz.medcert.application.service.requests.UploadLimits;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.rules.RuleSet;

/** The rules, the clock and the use cases. */
final class CoreModule extends AbstractModule {
    private final AppConfig config;
    private final Clock clock;

    CoreModule(AppConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
        bind(EvaluateDossierUseCase.class).to(EvaluateDossierService.class).in(Singleton.class);
        bind(StartRequestUseCase.class).to(StartRequestService.class).in(Singleton.class);
        bind(ConsentUseCase.class).to(ConsentService.class).in(Singleton.class);
        bind(FetchRegistriesService.class).in(Singleton.class);
        bind(FetchRegistriesUseCase.class).to(FetchRegistriesService.class);
        bind(AttachDocumentUseCase.class).to(AttachDocumentService.class).in(Singleton.class);
        bind(AmendFormUseCase.class).to(AmendFormService.class).in(Singleton.class);
        bind(SubmitRequestUseCase.class).to(SubmitRequestService.class).in(Singleton.class);
        bind(GetRequestUseCase.class).to(GetRequestService.class).in(Singleton.class);
        bind(ReferenceDataUseCase.class).to(ReferenceDataService.class).in(Singleton.class);
        bind(ServiceStandardUseCase.class).to(ServiceStandardService.class).in(Singleton.class);
        bind(CalendarCoverageUseCase.class).to(CalendarCoverageService.class).in(Singleton.class);
        bind(OfficerQueueUseCase.class).to(OfficerQueueService.class).in(Singleton.class);
        bind(ObjectToRefusalUseCase.class).to(ObjectToRefusalService.class).in(Singleton.class);
        bind(GetAttachmentUseCase.class).to(GetAttachmentService.class).in(Singleton.class);
        bind(ListRequestsUseCase.class).to(ListRequestsService.class).in(Singleton.class);
        bind(ServiceFiguresUseCase.class).to(ServiceFiguresService.class).in(Singleton.class);
        bind(DecisionSettings.class).toInstance(config.decisions());
        bind(UploadLimits.class).toInstance(config.uploadLimits());
    }

    /** The rules with the configured working calendar (MEDCERT_CALENDAR_FILE over the shipped one, R77). */
    @Provides
    @Singleton
    CertificationRules rules() {
        RuleSet ruleSet = config.rulesEffectiveFrom().map(RuleSet.ORDER_23_2024::effectiveFrom)
                .orElse(RuleSet.ORDER_23_2024);
        return new CertificationRules(ruleSet, SpecialtyCatalogue.standard(), config.calendar().calendar());
    }

    /** Random codes, or in demo mode the README's fixed code; the configured limits. */
    @Provides
    @Singleton
    ConsentSettings consentSettings() {
        ConsentSettings settings = ConsentSettings.DEFAULTS.withLimits(config.consentLimits());
        return config.demo() ? settings.withDemoCode(StubConsentGateway.DEMO_CODE) : settings;
    }

    @Provides
    @Singleton
    RequestSettings requestSettings() {
        return new RequestSettings(config.maxAttachmentBytes(), config.retryFirstDelay(),
                RequestSettings.DEFAULTS.maxRetryDelay(), config.registryTimeLimit(), config.registryFallback());
    }
}
