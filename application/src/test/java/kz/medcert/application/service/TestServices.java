package kz.medcert.application.service;

import java.util.Optional;
import kz.medcert.application.fakes.FakeConsentCodeHashes;
import kz.medcert.application.fakes.FakeConsentGateway;
import kz.medcert.application.fakes.FakeRegistries;
import kz.medcert.application.fakes.FakeSignatureVerifier;
import kz.medcert.application.fakes.InMemoryCertificateRegister;
import kz.medcert.application.fakes.InMemoryCertificationRequestRepository;
import kz.medcert.application.fakes.InMemoryConsentChallenges;
import kz.medcert.application.fakes.InMemoryOutbox;
import kz.medcert.application.fakes.MutableClock;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase.AttachDocumentCommand;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase.AttachResult;
import kz.medcert.application.port.in.requests.ConsentUseCase.ConsentResult;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.requests.StartRequestUseCase.StartRequestCommand;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase.SubmitResult;
import kz.medcert.application.service.requests.AmendFormService;
import kz.medcert.application.service.requests.AttachDocumentService;
import kz.medcert.application.service.requests.ConsentService;
import kz.medcert.application.service.requests.ConsentSettings;
import kz.medcert.application.service.requests.FetchRegistriesService;
import kz.medcert.application.service.requests.GetRequestService;
import kz.medcert.application.service.requests.StartRequestService;
import kz.medcert.application.service.requests.SubmitRequestService;
import kz.medcert.application.service.requests.UploadLimits;
import kz.medcert.application.testing.RequestFixtures;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.request.Applicant;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.UploadSlot;

/**
 * The applicant-journey services wired to the fakes, the standard rules and a clock the test moves. Consent codes are
 * {@link FakeConsentGateway#CODE}, as in demo mode, so that a journey needs no phone; {@link #consentService} wires
 * other consent settings.
 */
public final class TestServices {
    public static final ConsentSettings DEMO_CONSENT = ConsentSettings.DEFAULTS.withDemoCode(FakeConsentGateway.CODE);
    public final MutableClock clock;
    public final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    /** Its retry claims and settling holds on {@link #clock}, so that a test moves past them. */
    public final InMemoryCertificationRequestRepository repository;
    /** The notifications the services stored with their changes (the register's outbox; the repository's too). */
    public final InMemoryOutbox notifications = register.outbox();
    public final FakeRegistries registries = new FakeRegistries();
    public final FakeConsentGateway gateway = new FakeConsentGateway();
    public final InMemoryConsentChallenges challenges = new InMemoryConsentChallenges();
    public final FakeSignatureVerifier signatures = new FakeSignatureVerifier();
    public final CertificationRules rules = CertificationRules.standard();
    public final RequestSettings settings;
    public final RequestViews views;
    public final StartRequestService start;
    public final FetchRegistriesService fetch;
    public final ConsentService consent;
    public final AttachDocumentService attach;
    public final SubmitRequestService submit;
    public final GetRequestService get;
    public final AmendFormService amend;

    public TestServices(String isoOffsetDateTime) {
        this(isoOffsetDateTime, RequestSettings.DEFAULTS);
    }

    public TestServices(String isoOffsetDateTime, RequestSettings settings) {
        this(isoOffsetDateTime, settings, DecisionSettings.DEFAULTS);
    }

    public TestServices(String isoOffsetDateTime, RequestSettings settings, DecisionSettings decisions) {
        this(isoOffsetDateTime, settings, decisions, UploadLimits.DEFAULTS);
    }

    public TestServices(String isoOffsetDateTime, RequestSettings settings, DecisionSettings decisions,
                 UploadLimits uploads) {
        this.clock = MutableClock.at(isoOffsetDateTime);
        this.repository = new InMemoryCertificationRequestRepository(register,
                InMemoryCertificationRequestRepository.DEFAULT_RETRY_LEASE,
                InMemoryCertificationRequestRepository.DEFAULT_SETTLE_TIME, clock);
        this.settings = settings;
        this.views = new RequestViews(repository, register, rules, clock);
        this.start = new StartRequestService(repository, repository, views, clock);
        this.fetch = new FetchRegistriesService(repository, repository, registries.registryCalls(settings), views,
                settings, clock);
        this.consent = new ConsentService(repository, challenges, new FakeConsentCodeHashes(), gateway, fetch,
                views, DEMO_CONSENT, clock);
        this.attach = new AttachDocumentService(repository, views, settings, uploads, clock);
        this.submit = new SubmitRequestService(repository, repository, repository, signatures, rules, views, register,
                decisions, clock);
        this.get = new GetRequestService(views);
        this.amend = new AmendFormService(repository, views, clock);
    }

    /** A consent service over the same fakes, with other settings (e.g. random codes, other limits). */
    public ConsentService consentService(ConsentSettings settings) {
        return new ConsentService(repository, challenges, new FakeConsentCodeHashes(), gateway, fetch, views, settings,
                clock);
    }

    /** Started by the applicant themselves. */
    public RequestId started(Applicant applicant, Dossier form) {
        return start.start(as(applicant), new StartRequestCommand(applicant, form, RequestFixtures.detailsOf(form)))
                .state().id();
    }

    /** Started by the applicant themselves, reading the service in {@code language}. */
    public RequestId startedIn(Language language, Applicant applicant, Dossier form) {
        return start.start(as(applicant), new StartRequestCommand(applicant, form,
                RequestFixtures.detailsOf(form).inLanguage(Optional.of(language)))).state().id();
    }

    /** Started, consent code requested and confirmed: the registries have been asked once. */
    public RequestId consented(Applicant applicant, Dossier form) {
        return consented(started(applicant, form), applicant);
    }

    /** As {@link #consented(Applicant, Dossier)}, the applicant reading the service in {@code language}. */
    public RequestId consentedIn(Language language, Applicant applicant, Dossier form) {
        return consented(startedIn(language, applicant, form), applicant);
    }

    private RequestId consented(RequestId id, Applicant applicant) {
        consent.requestConsent(as(applicant), id);
        ConsentResult result = consent.confirm(as(applicant), id, FakeConsentGateway.CODE);
        if (!(result instanceof ConsentResult.Confirmed)) {
            throw new AssertionError("consent was not confirmed: " + result);
        }
        return id;
    }

    /** The graduate of {@link RequestFixtures}, with consent given and every registry answered. */
    public RequestId graduateAwaitingDocuments() {
        RequestFixtures.graduateHoldings(registries);
        return consented(RequestFixtures.graduate(), RequestFixtures.graduateForm());
    }

    /** The applicant acting on their own requests. */
    public static Actor.Applicant as(Applicant applicant) {
        return new Actor.Applicant(applicant.iin());
    }

    /** The request as its own applicant sees it. */
    public RequestView view(RequestId id) {
        return get.get(owner(id), id);
    }

    /** The applicant of a stored request, acting on it. */
    public Actor.Applicant owner(RequestId id) {
        return as(repository.find(id).orElseThrow().state().applicant());
    }

    public static AttachDocumentCommand pdfFor(RequestId id, DocumentCode document, String text) {
        return new AttachDocumentCommand(id, document, Optional.empty(), document.name().toLowerCase() + ".pdf",
                "application/pdf", RequestFixtures.pdf(text), false, Optional.empty());
    }

    public RequestView attachPdf(RequestId id, DocumentCode document, String text) {
        return attached(attach.attach(owner(id), pdfFor(id, document, text)));
    }

    /** Uploads a PDF for every required slot still empty, naming its subject (or translated document). */
    public RequestView attachEveryMissingUpload(RequestId id) {
        RequestView view = view(id);
        for (UploadSlot slot : view.missingUploads()) {
            DocumentCode document = slot.item().document();
            boolean translation = document == DocumentCode.NOTARIZED_TRANSLATION;
            view = attached(attach.attach(owner(id), new AttachDocumentCommand(id, document,
                    translation ? Optional.empty() : slot.item().subject(), document.name().toLowerCase() + ".pdf",
                    "application/pdf", RequestFixtures.pdf(document + " " + slot.item().subject()), false,
                    translation ? slot.item().subject().map(DocumentCode::valueOf) : Optional.empty())));
        }
        return view;
    }

    public String validSignature(RequestId id) {
        return FakeSignatureVerifier.signatureOver(view(id).contentDigest());
    }

    public SubmitResult submitSigned(RequestId id) {
        return submit.submit(owner(id), id, validSignature(id));
    }

    /** The view of an accepted submission; fails the test with the actual answer otherwise. */
    public static RequestView accepted(SubmitResult result) {
        if (!(result instanceof SubmitResult.Accepted accepted)) {
            throw new AssertionError("the submission was not accepted: " + result);
        }
        return accepted.request();
    }

    private static RequestView attached(AttachResult result) {
        if (!(result instanceof AttachResult.Attached attached)) {
            throw new AssertionError("the upload was rejected: " + result);
        }
        return attached.request();
    }
}
