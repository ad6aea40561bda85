package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kz.medcert.adapters.http.certificates.CertificateDownloadController;
import kz.medcert.adapters.registries.StubDemoPersonDirectory;
import kz.medcert.adapters.web.CertificateFiles;
import kz.medcert.adapters.web.WebFront;
import kz.medcert.adapters.web.WebPages;
import kz.medcert.adapters.web.WebSettings;
import kz.medcert.adapters.web.signin.DemoSignInPages;
import kz.medcert.adapters.web.signin.OidcSignIn;
import kz.medcert.adapters.web.applicant.ApplicantPages;
import kz.medcert.adapters.web.applicant.FallbackFormPages;
import kz.medcert.adapters.web.admin.AdminPages;
import kz.medcert.adapters.web.admin.ImportJobs;
import kz.medcert.adapters.web.officer.OfficerPages;
import kz.medcert.adapters.web.standard.ServiceStandardPages;
import kz.medcert.application.port.in.operations.CalendarCoverageUseCase;
import kz.medcert.application.port.in.certificates.ExpiryReportUseCase;
import kz.medcert.application.port.in.register.ImportRegisterUseCase;
import kz.medcert.application.port.in.audit.VerifyAuditChainUseCase;
import kz.medcert.application.service.audit.VerifyAuditChainService;
import kz.medcert.application.port.in.decisions.DecideRequestUseCase;
import kz.medcert.application.port.in.decisions.OfficerQueueUseCase;
import kz.medcert.application.port.in.audit.ReadAuditTrailUseCase;
import kz.medcert.application.port.in.certificates.RevokeCertificateUseCase;
import kz.medcert.application.port.in.requests.AmendFormUseCase;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase;
import kz.medcert.application.port.in.requests.ConsentUseCase;
import kz.medcert.application.port.in.reference.DemoAccountsUseCase;
import kz.medcert.application.port.in.requests.GetAttachmentUseCase;
import kz.medcert.application.port.in.certificates.GetCertificateUseCase;
import kz.medcert.application.port.in.requests.GetRequestUseCase;
import kz.medcert.application.port.in.certificates.ListCertificatesUseCase;
import kz.medcert.application.port.in.requests.ListRequestsUseCase;
import kz.medcert.application.port.in.decisions.ObjectToRefusalUseCase;
import kz.medcert.application.port.in.reference.ReferenceDataUseCase;
import kz.medcert.application.port.in.reference.ServiceStandardUseCase;
import kz.medcert.application.port.in.requests.StartRequestUseCase;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase;
import kz.medcert.application.port.out.DemoPersonDirectory;
import kz.medcert.application.service.reference.DemoAccountsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The web front: its pages on the API's server, the demo accounts, and the certificate PDF of the API's download. */
final class WebModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(WebModule.class);
    private final AppConfig config;
    private final WebConfig web;

    WebModule(AppConfig config, WebConfig web) {
        this.config = config;
        this.web = web;
    }

    @Override
    protected void configure() {
        bind(DemoPersonDirectory.class).to(StubDemoPersonDirectory.class).in(Singleton.class);
        bind(DemoAccountsUseCase.class).to(DemoAccountsService.class).in(Singleton.class);
        bind(VerifyAuditChainUseCase.class).to(VerifyAuditChainService.class).in(Singleton.class);
    }

    @Provides
    @Singleton
    WebSettings settings() {
        return new WebSettings(web.demoMode(), web.oidc(), web.secureCookies(), config.maxAttachmentBytes(),
                config.maxImportBytes());
    }

    @Provides
    @Singleton
    CertificateFiles certificateFiles(CertificateDownloadController download) {
        return view -> {
            CertificateDownloadController.Pdf pdf = download.render(view);
            return new CertificateFiles.Rendered(pdf.fileName(), pdf.bytes());
        };
    }

    @Provides
    @Singleton
    ApplicantPages applicantPages(StartRequestUseCase start, GetRequestUseCase get, ListRequestsUseCase list,
                                  ConsentUseCase consent, AttachDocumentUseCase attach,
                                  GetAttachmentUseCase attachments, SubmitRequestUseCase submit,
                                  ObjectToRefusalUseCase object, ListCertificatesUseCase certificates,
                                  GetCertificateUseCase certificate, ReferenceDataUseCase reference,
                                  CertificateFiles files, Clock clock) {
        return new ApplicantPages(new ApplicantPages.UseCases(start, get, list, consent, attach, attachments, submit,
                object, certificates, certificate, reference, files), clock);
    }

    @Provides
    @Singleton
    OfficerPages officerPages(OfficerQueueUseCase queue, GetRequestUseCase get, GetAttachmentUseCase attachments,
                              DecideRequestUseCase decide, ReadAuditTrailUseCase audit,
                              RevokeCertificateUseCase revoke, Clock clock) {
        return new OfficerPages(queue, get, attachments, decide, audit, revoke, clock);
    }

    @Provides
    @Singleton
    ImportJobs importJobs(ImportRegisterUseCase imports) {
        return new ImportJobs(imports);
    }

    @Provides
    @Singleton
    AdminPages adminPages(ImportJobs jobs, ExpiryReportUseCase expiry, VerifyAuditChainUseCase audit,
                          ReferenceDataUseCase reference, CalendarCoverageUseCase calendar, Clock clock) {
        return new AdminPages(jobs, expiry, audit, reference, calendar, clock);
    }

    @Provides
    @Singleton
    FallbackFormPages fallbackFormPages(GetRequestUseCase get, AmendFormUseCase amend,
                                        ReferenceDataUseCase reference) {
        return new FallbackFormPages(get, amend, reference);
    }

    @Provides
    @Singleton
    WebFront front(WebSettings settings, Clock clock, DemoAccountsUseCase accounts, ApplicantPages applicant,
                   FallbackFormPages fallbackForm, OfficerPages officer, AdminPages admin,
                   ServiceStandardUseCase standard) {
        if (settings.demoMode()) {
            LOG.warn("web front in demo mode: /sign-in lists the demo persons, officers and the administrator");
        }
        settings.oidc().ifPresent(oidc -> LOG.info("web sign-in through OpenID Connect: {}", oidc));
        List<WebPages> pages = List.of(new DemoSignInPages(accounts, settings.oidc().map(OidcSignIn::new)), applicant,
                fallbackForm, officer, admin, new ServiceStandardPages(standard));
        return new WebFront(settings, clock, pages);
    }
}
