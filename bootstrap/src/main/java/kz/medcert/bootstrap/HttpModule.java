package kz.medcert.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import kz.medcert.adapters.http.register.AdminRegisterController;
import kz.medcert.adapters.http.requests.AttachmentController;
import kz.medcert.adapters.http.operations.CalendarCoverageDetail;
import kz.medcert.adapters.http.audit.AuditTrailController;
import kz.medcert.adapters.http.certificates.CertificateDownloadController;
import kz.medcert.adapters.http.certificates.CertificateListController;
import kz.medcert.adapters.http.verification.CertificateVerificationController;
import kz.medcert.adapters.http.ClientAddresses;
import kz.medcert.adapters.http.requests.ConsentController;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.evaluation.EvaluationController;
import kz.medcert.adapters.http.requests.FormAmendmentController;
import kz.medcert.adapters.http.HttpApi;
import kz.medcert.adapters.http.HttpSettings;
import kz.medcert.adapters.http.decisions.ObjectionController;
import kz.medcert.adapters.http.decisions.OfficerController;
import kz.medcert.adapters.http.RateLimit;
import kz.medcert.adapters.http.operations.ReadinessCheck;
import kz.medcert.adapters.http.reference.ReferenceDataController;
import kz.medcert.adapters.http.reference.ServiceStandardController;
import kz.medcert.adapters.http.requests.RequestController;
import kz.medcert.adapters.http.requests.RequestListController;
import kz.medcert.adapters.http.certificates.RevocationController;
import kz.medcert.adapters.http.auth.TokenVerifier;
import kz.medcert.adapters.persistence.Database;
import kz.medcert.adapters.web.WebFront;
import kz.medcert.application.port.in.operations.CalendarCoverageUseCase;
import kz.medcert.application.port.in.certificates.ExpiryReportUseCase;
import kz.medcert.application.port.in.certificates.GetCertificateUseCase;
import kz.medcert.application.port.in.register.ImportRegisterUseCase;
import kz.medcert.bootstrap.metrics.OperationsMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API: every controller, the body limits, bearer-token verification, the readiness checks and what
 * {@code /health} reports beside them (the working calendar's reach).
 */
final class HttpModule extends AbstractModule {
    private static final Logger LOG = LoggerFactory.getLogger(HttpModule.class);
    private static final long JSON_LIMIT = 64 * 1024;
    private final AppConfig config;

    HttpModule(AppConfig config) {
        this.config = config;
    }

    @Override
    protected void configure() {
        Multibinder<Controller> controllers = Multibinder.newSetBinder(binder(), Controller.class);
        controllers.addBinding().to(EvaluationController.class);
        controllers.addBinding().to(RequestController.class);
        controllers.addBinding().to(ConsentController.class);
        controllers.addBinding().to(AttachmentController.class);
        controllers.addBinding().to(FormAmendmentController.class);
        controllers.addBinding().to(ReferenceDataController.class);
        controllers.addBinding().to(ServiceStandardController.class);
        controllers.addBinding().to(OfficerController.class);
        controllers.addBinding().to(CertificateDownloadController.class);
        controllers.addBinding().to(ObjectionController.class);
        controllers.addBinding().to(AuditTrailController.class);
        controllers.addBinding().to(RevocationController.class);
        bind(CertificateVerificationController.class).in(Singleton.class);
        controllers.addBinding().to(CertificateVerificationController.class);
        controllers.addBinding().to(AdminRegisterController.class);
        controllers.addBinding().to(CertificateListController.class);
        controllers.addBinding().to(RequestListController.class);
    }

    @Provides
    @Singleton
    HttpApi httpApi(Set<Controller> controllers, Database database, TokenVerifier tokens,
                    CertificateVerificationController verification, CalendarCoverageUseCase calendarCoverage,
                    RegistryRetryWorker registryWorker, NotificationWorker notificationWorker,
                    OperationsMetrics metrics, WebFront web) {
        HttpApi.Builder builder = HttpApi.builder()
                .settings(new HttpSettings(JSON_LIMIT, config.maxAttachmentBytes() + JSON_LIMIT)).controllers(controllers)
                .authentication(tokens)
                .readinessChecks(List.of(ReadinessCheck.of("database", database::readiness),
                        ReadinessCheck.of("outbox", notificationWorker::isReady),
                        ReadinessCheck.of("registryWorker", registryWorker::isRunning)))
                .healthDetail(new CalendarCoverageDetail(calendarCoverage))
                .requestObserver(metrics.httpRequests())
                .metrics(config.operations().onApiPort(metrics.source()))
                .configure(web::install); // the web front on the same server, outside /api/v1
        config.hstsMaxAge().ifPresent(builder::strictTransportSecurity);
        HttpApi api = builder.build();
        verification.registerPages(api); // the public HTML page lives outside /api/v1
        return api;
    }

    /** How often one client IP may verify certificates publicly (MEDCERT_VERIFY_RATE_PER_MINUTE, _BURST). */
    @Provides
    @Singleton
    RateLimit verificationLimit() {
        return config.verificationLimit();
    }

    /** Who a client is, for the public verification's limit: the peer, or what trusted proxies name. */
    @Provides
    @Singleton
    ClientAddresses clientAddresses() {
        return ClientAddresses.trusting(config.trustedProxies());
    }

    /** The holder's PDF download; its QR code opens the verification page under the public base URL. */
    @Provides
    @Singleton
    CertificateDownloadController certificateDownload(GetCertificateUseCase certificates, Clock clock) {
        return new CertificateDownloadController(certificates, config.publicBaseUrl(), clock);
    }

    /** The register import, with its own body limit (a national register is far larger than a JSON body). */
    @Provides
    @Singleton
    AdminRegisterController adminRegister(ImportRegisterUseCase imports, ExpiryReportUseCase expiry) {
        return new AdminRegisterController(imports, expiry, config.maxImportBytes());
    }

    /** Fails the start-up when a key file cannot be used; warns when tokens are development tokens. */
    @Provides
    @Singleton
    TokenVerifier tokenVerifier(Clock clock) {
        TokenConfig tokens = config.tokens();
        TokenVerifier verifier = tokens.verifier(clock);
        if (tokens.production()) {
            LOG.info("bearer tokens: {}, issuer {}, audience {}", verifier, tokens.issuer(), tokens.audience());
        } else {
            LOG.warn("bearer tokens: {}{}: FOR DEVELOPMENT ONLY; in production set MEDCERT_JWT_PUBLIC_KEY_FILE or "
                    + "MEDCERT_JWT_JWKS_FILE", verifier, tokens.usesDemoSecret()
                    ? " (the built-in demo secret, public in the source: anyone can mint tokens)" : "");
        }
        return verifier;
    }
}
