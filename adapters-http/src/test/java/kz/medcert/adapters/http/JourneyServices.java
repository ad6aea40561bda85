package kz.medcert.adapters.http;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import kz.medcert.adapters.http.audit.AuditTrailController;
import kz.medcert.adapters.http.certificates.CertificateDownloadController;
import kz.medcert.adapters.http.certificates.CertificateListController;
import kz.medcert.adapters.http.certificates.RevocationController;
import kz.medcert.adapters.http.decisions.ObjectionController;
import kz.medcert.adapters.http.decisions.OfficerController;
import kz.medcert.adapters.http.reference.ReferenceDataController;
import kz.medcert.adapters.http.reference.ServiceStandardController;
import kz.medcert.adapters.http.register.AdminRegisterController;
import kz.medcert.adapters.http.requests.AttachmentController;
import kz.medcert.adapters.http.requests.ConsentController;
import kz.medcert.adapters.http.requests.FormAmendmentController;
import kz.medcert.adapters.http.requests.RequestController;
import kz.medcert.adapters.http.requests.RequestListController;
import kz.medcert.application.fakes.FakeConsentCodeHashes;
import kz.medcert.application.fakes.FakeConsentGateway;
import kz.medcert.application.fakes.FakeRegistries;
import kz.medcert.application.fakes.FakeSignatureVerifier;
import kz.medcert.application.fakes.InMemoryAuditTrail;
import kz.medcert.application.fakes.InMemoryCertificateRegister;
import kz.medcert.application.fakes.InMemoryCertificationRequestRepository;
import kz.medcert.application.fakes.InMemoryConsentChallenges;
import kz.medcert.application.fakes.LineRegisterFile;
import kz.medcert.application.fakes.MutableClock;
import kz.medcert.application.port.out.ConsentLimits;
import kz.medcert.application.service.DecisionSettings;
import kz.medcert.application.service.RequestSettings;
import kz.medcert.application.service.RequestViews;
import kz.medcert.application.service.audit.ReadAuditTrailService;
import kz.medcert.application.service.audit.VerifyAuditChainService;
import kz.medcert.application.service.certificates.ExpiryReportService;
import kz.medcert.application.service.certificates.GetCertificateService;
import kz.medcert.application.service.certificates.ListCertificatesService;
import kz.medcert.application.service.certificates.RevokeCertificateService;
import kz.medcert.application.service.decisions.DecideRequestService;
import kz.medcert.application.service.decisions.ObjectToRefusalService;
import kz.medcert.application.service.decisions.OfficerQueueService;
import kz.medcert.application.service.reference.ReferenceDataService;
import kz.medcert.application.service.reference.ServiceStandardService;
import kz.medcert.application.service.register.ImportRegisterService;
import kz.medcert.application.service.requests.AmendFormService;
import kz.medcert.application.service.requests.AttachDocumentService;
import kz.medcert.application.service.requests.ConsentService;
import kz.medcert.application.service.requests.ConsentSettings;
import kz.medcert.application.service.requests.FetchRegistriesService;
import kz.medcert.application.service.requests.GetAttachmentService;
import kz.medcert.application.service.requests.GetRequestService;
import kz.medcert.application.service.requests.ListRequestsService;
import kz.medcert.application.service.requests.StartRequestService;
import kz.medcert.application.service.requests.SubmitRequestService;
import kz.medcert.application.service.requests.UploadLimits;
import kz.medcert.domain.evaluation.CertificationRules;

/**
 * The real applicant-journey services over the application's fakes (in-memory requests, registries, consent code
 * {@value FakeConsentGateway#CODE}, EDS "SIGNED:" + digest) and a clock the test moves; and the controllers over them.
 */
final class JourneyServices {
    final MutableClock clock;
    final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    final InMemoryCertificationRequestRepository repository = new InMemoryCertificationRequestRepository(register);
    final FakeRegistries registries = new FakeRegistries();
    final FakeConsentGateway gateway = new FakeConsentGateway();
    final InMemoryConsentChallenges challenges = new InMemoryConsentChallenges();
    final CertificationRules rules = CertificationRules.standard();
    final StartRequestService start;
    final FetchRegistriesService fetch;
    final ConsentService consent;
    final AttachDocumentService attach;
    final SubmitRequestService submit;
    final GetRequestService get;
    final ReferenceDataService referenceData;
    final OfficerQueueService queue;
    final DecideRequestService decide;
    final GetCertificateService certificates;
    final ObjectToRefusalService objections;
    final GetAttachmentService attachments;
    final RevokeCertificateService revocations;
    final ReadAuditTrailService audit;
    final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail();
    /** The register file layout's stand-in: the HTTP adapter passes the bytes on and does not read them. */
    final LineRegisterFile registerFile = new LineRegisterFile();
    final ImportRegisterService imports;
    final ExpiryReportService expiry;
    final ListCertificatesService holderCertificates;
    final ListRequestsService ownRequests;
    final AmendFormService amend;
    /** The import size limit of the test API: small, so that a test can exceed it. */
    static final long MAX_IMPORT_BYTES = 256 * 1024;
    /**
     * Consent codes are {@value FakeConsentGateway#CODE}, as in demo mode; the limits per request are the defaults,
     * the one per person is lifted: the tests of a class share one API and walk one person through many requests.
     */
    static final ConsentSettings CONSENT = ConsentSettings.DEFAULTS.withDemoCode(FakeConsentGateway.CODE)
            .withLimits(new ConsentLimits(ConsentLimits.DEFAULTS.interval(), ConsentLimits.DEFAULTS.perRequestPerHour(),
                    1_000));
    /** Where the QR code of a downloaded certificate points. */
    static final URI SITE = URI.create("https://medcert.test");

    JourneyServices(Instant now) {
        clock = new MutableClock(now, ZoneId.of("Asia/Almaty"));
        RequestSettings settings = RequestSettings.DEFAULTS;
        RequestViews views = new RequestViews(repository, register, rules, clock);
        start = new StartRequestService(repository, repository, views, clock);
        fetch = new FetchRegistriesService(repository, repository, registries.registryCalls(), views, settings,
                clock);
        consent = new ConsentService(repository, challenges, new FakeConsentCodeHashes(), gateway, fetch,
                views, CONSENT, clock);
        attach = new AttachDocumentService(repository, views, settings, UploadLimits.DEFAULTS, clock);
        submit = new SubmitRequestService(repository, repository, repository, new FakeSignatureVerifier(), rules,
                views, register, DecisionSettings.DEFAULTS, clock);
        get = new GetRequestService(views);
        referenceData = new ReferenceDataService(rules);
        queue = new OfficerQueueService(repository, rules, DecisionSettings.DEFAULTS, clock);
        decide = new DecideRequestService(repository, repository, repository, register, views, rules,
                DecisionSettings.DEFAULTS, clock);
        certificates = new GetCertificateService(register, rules.catalogue(), clock);
        objections = new ObjectToRefusalService(repository, views, clock);
        attachments = new GetAttachmentService(repository, views);
        revocations = new RevokeCertificateService(register, repository, clock);
        audit = new ReadAuditTrailService(auditTrail, repository);
        imports = new ImportRegisterService(register, auditTrail, registerFile, clock);
        expiry = new ExpiryReportService(register, auditTrail, registerFile, clock);
        holderCertificates = new ListCertificatesService(register, repository, rules.catalogue(), clock);
        ownRequests = new ListRequestsService(repository, rules.catalogue());
        amend = new AmendFormService(repository, views, clock);
    }

    /** Every controller of the journey, as bootstrap registers them. */
    List<Controller> controllers() {
        return List.of(new RequestController(start, get, fetch, submit), new ConsentController(consent),
                new AttachmentController(attach, attachments), new ReferenceDataController(referenceData),
                new ServiceStandardController(new ServiceStandardService(rules)),
                new OfficerController(queue, decide), new CertificateDownloadController(certificates, SITE, clock),
                new ObjectionController(objections),
                new AuditTrailController(audit, new VerifyAuditChainService(auditTrail)),
                new RevocationController(revocations), new AdminRegisterController(imports, expiry, MAX_IMPORT_BYTES),
                new CertificateListController(holderCertificates), new RequestListController(ownRequests),
                new FormAmendmentController(amend));
    }

    /** Moves the clock to an ISO offset date-time such as {@code 2026-11-20T10:00+05:00}. */
    void setTime(String isoOffsetDateTime) {
        clock.set(OffsetDateTime.parse(isoOffsetDateTime).toInstant());
    }
}
