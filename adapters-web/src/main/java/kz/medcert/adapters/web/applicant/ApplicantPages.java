package kz.medcert.adapters.web.applicant;

import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.adapters.web.Access;
import kz.medcert.adapters.web.CertificateFiles;
import kz.medcert.adapters.web.NotFound;
import kz.medcert.adapters.web.Page;
import kz.medcert.adapters.web.Page.FieldProblem;
import kz.medcert.adapters.web.Uploads;
import kz.medcert.adapters.web.WebPages;
import kz.medcert.adapters.web.WebRequest;
import kz.medcert.adapters.web.WebRoutes;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase.AttachDocumentCommand;
import kz.medcert.application.port.in.BusinessRuleException;
import kz.medcert.application.port.in.requests.ConsentUseCase;
import kz.medcert.application.port.in.requests.GetAttachmentUseCase;
import kz.medcert.application.port.in.certificates.GetCertificateUseCase;
import kz.medcert.application.port.in.requests.GetRequestUseCase;
import kz.medcert.application.port.in.certificates.HolderNotFoundException;
import kz.medcert.application.port.in.certificates.ListCertificatesUseCase;
import kz.medcert.application.port.in.requests.ListRequestsUseCase;
import kz.medcert.application.port.in.decisions.ObjectToRefusalUseCase;
import kz.medcert.application.port.in.reference.ReferenceDataUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.requests.StartRequestUseCase;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase.SubmitResult;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Regions;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.request.ConsentStatus;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.HistoryEntry;
import kz.medcert.domain.request.RequestId;

/**
 * The applicant's pages: "My requests" with their certificates; the application form; the request's page, which
 * leads through consent by one-time code (R60), the checklist split into what the registries hold and what is still
 * to upload (R19, R21), "check your answers" and the signature (R17), then shows the status with the registration day,
 * the due date and the history (R22, R73, R80), and the decision: the certificate's PDF, or the preliminary refusal
 * with the objection form (R91). Another applicant's request is a 404 page, as in the API.
 */
public final class ApplicantPages implements WebPages {
    static final String BASE = "/applicant";

    private final StartRequestUseCase start;
    private final GetRequestUseCase get;
    private final ListRequestsUseCase list;
    private final ConsentUseCase consent;
    private final AttachDocumentUseCase attach;
    private final GetAttachmentUseCase attachments;
    private final SubmitRequestUseCase submit;
    private final ObjectToRefusalUseCase object;
    private final ListCertificatesUseCase certificates;
    private final GetCertificateUseCase certificate;
    private final ReferenceDataUseCase reference;
    private final CertificateFiles files;
    private final Clock clock;

    /** The use cases the pages call, and the PDF renderer of certificates. */
    public record UseCases(StartRequestUseCase start, GetRequestUseCase get, ListRequestsUseCase list,
                           ConsentUseCase consent, AttachDocumentUseCase attach, GetAttachmentUseCase attachments,
                           SubmitRequestUseCase submit, ObjectToRefusalUseCase object,
                           ListCertificatesUseCase certificates, GetCertificateUseCase certificate,
                           ReferenceDataUseCase reference, CertificateFiles files) {
    }

    public ApplicantPages(UseCases useCases, Clock clock) {
        this.start = useCases.start();
        this.get = useCases.get();
        this.list = useCases.list();
        this.consent = useCases.consent();
        this.attach = useCases.attach();
        this.attachments = useCases.attachments();
        this.submit = useCases.submit();
        this.object = useCases.object();
        this.certificates = useCases.certificates();
        this.certificate = useCases.certificate();
        this.reference = useCases.reference();
        this.files = useCases.files();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void register(WebRoutes routes) {
        routes.get(BASE, Access.APPLICANT, this::myRequests);
        routes.get(BASE + "/requests/new", Access.APPLICANT, this::newRequest);
        routes.post(BASE + "/requests", Access.APPLICANT, this::startRequest);
        routes.get(BASE + "/requests/{id}", Access.APPLICANT, this::request);
        routes.post(BASE + "/requests/{id}/consent", Access.APPLICANT, this::sendCode);
        routes.post(BASE + "/requests/{id}/consent/confirmation", Access.APPLICANT, this::confirmCode);
        routes.post(BASE + "/requests/{id}/consent/refusal", Access.APPLICANT, this::declineConsent);
        routes.get(BASE + "/requests/{id}/checklist", Access.APPLICANT, this::checklist);
        routes.postMultipart(BASE + "/requests/{id}/uploads", Access.APPLICANT,
                request -> upload(request, routes.settings().maxUploadBytes()));
        routes.get(BASE + "/requests/{id}/attachments/{attachment}", Access.APPLICANT, this::attachment);
        routes.get(BASE + "/requests/{id}/check", Access.APPLICANT, this::checkAnswers);
        routes.post(BASE + "/requests/{id}/submission", Access.APPLICANT, this::sign);
        routes.post(BASE + "/requests/{id}/objection", Access.APPLICANT, this::objection);
        routes.get(BASE + "/certificates/{number}/pdf", Access.APPLICANT, this::pdf);
    }

    /** "My requests": the newest first, a page at a time, and the certificates the applicant holds. */
    public record MyRequestsModel(ListRequestsUseCase.RequestList requests,
                                  Optional<ListCertificatesUseCase.HolderCertificates> certificates) {
        public boolean hasPrevious() {
            return requests.offset() > 0;
        }

        public boolean hasNext() {
            return requests.offset() + requests.limit() < requests.total();
        }
    }

    private void myRequests(WebRequest request) {
        int offset = request.offset();
        Actor actor = request.actor();
        Optional<ListCertificatesUseCase.HolderCertificates> held;
        try {
            held = Optional.of(certificates.list(actor, Optional.empty()));
        } catch (HolderNotFoundException e) {
            held = Optional.empty();
        }
        request.render("applicant/requests.jte", request.page("applicant.requests.title"),
                new MyRequestsModel(list.list(actor, offset, 20), held));
    }

    /** The application form, its values (sent back with their problems) and what its pickers offer. */
    public record FormModel(ApplicationForm form, String query, List<Specialty> specialties,
                            List<Specialty> allSpecialties, List<Regions.Entry> regions,
                            List<QualificationLevel> levels, int pdRows) {
        public String value(String field) {
            return form.value(field);
        }

        public List<Integer> rows() {
            return java.util.stream.IntStream.range(0, pdRows).boxed().toList();
        }
    }

    private void newRequest(WebRequest request) {
        ApplicationForm form = ApplicationForm.read(name -> request.query(name).orElse(""));
        request.render("applicant/new.jte", request.page("applicant.new.title"), formModel(request, form));
    }

    private FormModel formModel(WebRequest request, ApplicationForm form) {
        Messages t = request.messages();
        String query = request.query("q").orElse("").strip();
        List<Specialty> all = t.byName(reference.referenceData().specialties());
        String needle = query.toLowerCase(Locale.ROOT);
        List<Specialty> found = needle.isEmpty() ? all : all.stream()
                .filter(s -> t.name(s.name()).toLowerCase(Locale.ROOT).contains(needle)
                        || s.code().value().toLowerCase(Locale.ROOT).contains(needle)
                        || s.code().value().equals(form.value("specialty")))
                .toList();
        return new FormModel(form, query, found, all, Regions.all(), List.of(QualificationLevel.values()),
                ApplicationForm.PD_ROWS);
    }

    private void startRequest(WebRequest request) {
        ApplicationForm form = ApplicationForm.read(request::form);
        Actor.Applicant applicant = (Actor.Applicant) request.actor();
        SpecialtyCatalogue catalogue = new SpecialtyCatalogue(reference.referenceData().specialties());
        ApplicationForm.Checked checked = form.check(applicant.iin(), today(), catalogue, request.messages());
        if (checked instanceof ApplicationForm.Invalid invalid) {
            invalidForm(request, form, invalid.problems());
            return;
        }
        try {
            RequestView started = start.start(applicant, ((ApplicationForm.Valid) checked).command());
            request.notice("applicant.started");
            request.redirect(requestPath(started.state().id()));
        } catch (BusinessRuleException | IllegalArgumentException e) {
            invalidForm(request, form, List.of(new FieldProblem("specialty",
                    request.messages().t("form.error.whole", request.messages().reason(e)))));
        }
    }

    private void invalidForm(WebRequest request, ApplicationForm form, List<FieldProblem> problems) {
        request.renderInvalid("applicant/new.jte", request.page("applicant.new.title").withErrors(problems),
                formModel(request, form));
    }

    /** The request's page: where it stands, what to do next, and its history. */
    public record RequestModel(RequestView view, LocalDate today, boolean demoMode, Optional<String> maskedPhone) {
        public boolean hearingOpen() {
            return proposed().map(p -> p.hearing().openOn(today)).orElse(false);
        }

        public Optional<Decision.Issued> issued() {
            return view.state().decision().filter(Decision.Issued.class::isInstance).map(Decision.Issued.class::cast);
        }

        public Optional<Decision.RefusalProposed> proposed() {
            return view.state().decision().filter(Decision.RefusalProposed.class::isInstance)
                    .map(Decision.RefusalProposed.class::cast);
        }

        public Optional<Decision.Refused> refused() {
            return view.state().decision().filter(Decision.Refused.class::isInstance).map(Decision.Refused.class::cast);
        }

        public boolean codeSent() {
            return view.state().consent().status() == ConsentStatus.REQUESTED;
        }

        /** The history, the newest first. */
        public List<HistoryEntry> timeline() {
            List<HistoryEntry> entries = new java.util.ArrayList<>(view.state().history());
            java.util.Collections.reverse(entries);
            return entries;
        }
    }

    private void request(WebRequest request) {
        RequestView view = get.get(request.actor(), request.requestId());
        request.render("applicant/request.jte", request.page("applicant.request.title"),
                new RequestModel(view, today(), request.demoMode(), request.session().get("consent.phone")));
    }

    private void sendCode(WebRequest request) {
        RequestId id = request.requestId();
        ConsentUseCase.ConsentChallengeView challenge = consent.requestConsent(request.actor(), id);
        request.session().put("consent.phone", challenge.maskedPhone());
        request.notice("applicant.consent.sent");
        request.redirect(requestPath(id) + "#consent");
    }

    private void confirmCode(WebRequest request) {
        RequestId id = request.requestId();
        String code = request.form("code");
        ConsentUseCase.ConsentResult result = consent.confirm(request.actor(), id, code);
        Optional<String> problem = result.fold(ok -> Optional.empty(), wrong -> Optional.of(
                switch (wrong.reason()) {
                    case WRONG -> request.messages().t("applicant.consent.wrongCode", wrong.triesLeft());
                    case EXPIRED -> request.messages().t("applicant.consent.expiredCode");
                    case VOID -> request.messages().t("applicant.consent.voidCode");
                }));
        if (problem.isPresent()) {
            RequestView view = get.get(request.actor(), id);
            Page page = request.page("applicant.request.title").withErrors(List.of(
                    new FieldProblem("code", problem.get())));
            request.renderInvalid("applicant/request.jte", page, new RequestModel(view, today(), request.demoMode(), request.session().get("consent.phone")));
            return;
        }
        request.notice("applicant.consent.confirmed");
        request.redirect(requestPath(id) + "/checklist");
    }

    private void declineConsent(WebRequest request) {
        RequestId id = request.requestId();
        consent.decline(request.actor(), id);
        request.redirect(requestPath(id));
    }

    /** The checklist with the uploads and what the page offers to upload. */
    public record ChecklistModel(RequestView view, long maxUploadBytes) {
    }

    private void checklist(WebRequest request) {
        RequestView view = get.get(request.actor(), request.requestId());
        request.render("applicant/checklist.jte", request.page("applicant.checklist.title"),
                new ChecklistModel(view, 0));
    }

    private void upload(WebRequest request, long maxBytes) {
        RequestId id = request.requestId();
        Uploads.Form form;
        try {
            form = Uploads.read(request, "file", maxBytes);
        } catch (Uploads.TooLarge e) {
            uploadProblem(request, id, "file", request.messages().t("applicant.upload.tooLarge", maxBytes / (1024 * 1024)));
            return;
        }
        DocumentCode document;
        try {
            document = DocumentCode.valueOf(form.field("document"));
        } catch (IllegalArgumentException e) {
            throw new NotFound("document " + form.field("document"));
        }
        if (form.file().isEmpty()) {
            uploadProblem(request, id, "file-" + document.name(), request.messages().t("applicant.upload.none"));
            return;
        }
        Uploads.FilePart file = form.file().get();
        Optional<String> subject = Optional.of(form.field("subject")).filter(s -> !s.isEmpty());
        AttachDocumentUseCase.AttachResult result = attach.attach(request.actor(), new AttachDocumentCommand(id,
                document, subject, file.fileName(), file.mediaType(), file.content(),
                form.field("foreignLanguage").equals("true"), Optional.empty()));
        Optional<String> problem = result.fold(ok -> Optional.empty(),
                no -> Optional.of(request.messages().t("applicant.upload.rejected", no.reason())),
                // the request's own limits (security): the number of copies, or their bytes in all
                over -> Optional.of(request.messages().t("applicant.upload.overLimit." + over.limit().name())));
        if (problem.isPresent()) {
            uploadProblem(request, id, "file-" + document.name(), problem.get());
            return;
        }
        request.notice("applicant.upload.done");
        request.redirect(requestPath(id) + "/checklist#" + document.name());
    }

    private void uploadProblem(WebRequest request, RequestId id, String field, String message) {
        RequestView view = get.get(request.actor(), id);
        request.renderInvalid("applicant/checklist.jte", request.page("applicant.checklist.title")
                .withErrors(List.of(new FieldProblem(field, message))), new ChecklistModel(view, 0));
    }

    private void attachment(WebRequest request) {
        UUID attachmentId;
        try {
            attachmentId = UUID.fromString(request.pathParam("attachment"));
        } catch (IllegalArgumentException e) {
            throw new NotFound("attachment");
        }
        GetAttachmentUseCase.Content content = attachments.get(request.actor(), request.requestId(), attachmentId);
        AttachmentResponses.inline(request, content);
    }

    /** "Check your answers": the form, the uploads and the registries' data, before signing (R17). */
    public record CheckModel(RequestView view, boolean demoMode, String demoSignature) {
    }

    private void checkAnswers(WebRequest request) {
        RequestView view = get.get(request.actor(), request.requestId());
        Actor.Applicant applicant = (Actor.Applicant) request.actor();
        request.ctx().header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                + "connect-src 'self' " + NcaLayer.ADDRESS + "; frame-ancestors 'self'; form-action 'self'; "
                + "base-uri 'none'");
        request.render("applicant/check.jte", request.page("applicant.check.title"), new CheckModel(view,
                request.demoMode(), "DEMO-EDS:" + applicant.iin().value() + ":" + view.contentDigest()));
    }

    private void sign(WebRequest request) {
        RequestId id = request.requestId();
        String signature = request.form("signature");
        if (signature.isEmpty()) {
            checkProblem(request, id, "signature", request.messages().t("applicant.sign.none"));
            return;
        }
        SubmitResult result = submit.submit(request.actor(), id, signature);
        Optional<FieldProblem> problem = result.fold(
                accepted -> Optional.empty(),
                missing -> Optional.of(new FieldProblem("signature", request.messages().t("applicant.sign.missing",
                        missing.missing().size()))),
                badSignature -> Optional.of(new FieldProblem("signature", request.messages().t("applicant.sign.invalid",
                        request.messages().t("applicant.sign.reason." + badSignature.reason().name())))),
                notReady -> Optional.of(new FieldProblem("signature", request.messages().t("applicant.sign.notReady"))),
                // nothing was stored: the same signature sent again is checked again
                uncheckable -> Optional.of(new FieldProblem("signature",
                        request.messages().t("applicant.sign.uncheckable"))));
        if (problem.isPresent()) {
            checkProblem(request, id, problem.get().field(), problem.get().message());
            if (result instanceof SubmitResult.SignatureUncheckable) {
                request.ctx().status(503).header("Retry-After", "60");
            }
            return;
        }
        request.notice("applicant.sign.accepted");
        request.redirect(requestPath(id));
    }

    private void checkProblem(WebRequest request, RequestId id, String field, String message) {
        RequestView view = get.get(request.actor(), id);
        Actor.Applicant applicant = (Actor.Applicant) request.actor();
        request.renderInvalid("applicant/check.jte", request.page("applicant.check.title")
                .withErrors(List.of(new FieldProblem(field, message))), new CheckModel(view, request.demoMode(),
                "DEMO-EDS:" + applicant.iin().value() + ":" + view.contentDigest()));
    }

    private void objection(WebRequest request) {
        RequestId id = request.requestId();
        String text = request.form("objection");
        try {
            object.object(request.actor(), id, text);
        } catch (IllegalArgumentException e) {
            RequestView view = get.get(request.actor(), id);
            request.renderInvalid("applicant/request.jte", request.page("applicant.request.title").withErrors(List.of(
                    new FieldProblem("objection", request.messages().t("applicant.objection.invalid")))),
                    new RequestModel(view, today(), request.demoMode(), request.session().get("consent.phone")));
            return;
        }
        request.notice("applicant.objection.received");
        request.redirect(requestPath(id));
    }

    private void pdf(WebRequest request) {
        String typed = request.pathParam("number").strip().toUpperCase(Locale.ROOT);
        if (CertificateNumbers.problem(typed).isPresent()) {
            throw new NotFound("certificate " + typed);
        }
        CertificateFiles.Rendered pdf = certificate.getForHolder(request.actor(), new CertificateNumber(typed))
                .map(files::pdf).orElseThrow(() -> new NotFound("certificate " + typed));
        request.ctx().status(HttpStatus.OK).contentType("application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"")
                .result(pdf.bytes());
    }

    static String requestPath(RequestId id) {
        return BASE + "/requests/" + id.value();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Messages.ALMATY));
    }
}
