package kz.medcert.adapters.web.officer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import kz.medcert.adapters.web.Access;
import kz.medcert.adapters.web.NotFound;
import kz.medcert.adapters.web.Page.FieldProblem;
import kz.medcert.adapters.web.WebPages;
import kz.medcert.adapters.web.WebRequest;
import kz.medcert.adapters.web.WebRoutes;
import kz.medcert.adapters.web.applicant.AttachmentResponses;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.BusinessRuleException;
import kz.medcert.application.port.in.decisions.DecideRequestUseCase;
import kz.medcert.application.port.in.decisions.DecideRequestUseCase.RefusalCommand;
import kz.medcert.application.port.in.requests.GetAttachmentUseCase;
import kz.medcert.application.port.in.requests.GetRequestUseCase;
import kz.medcert.application.port.in.decisions.OfficerQueueUseCase;
import kz.medcert.application.port.in.audit.ReadAuditTrailUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.certificates.RevokeCertificateUseCase;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.audit.AuditEntry;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.evaluation.Ground;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.reference.Specialty;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.Decision;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;

/**
 * The officer's pages: the department's queue by due date (overdue and due today marked, working days left, R73,
 * R78), the request with everything the decision needs (identity from the registry, fetched data with their source,
 * uploads shown inline, the evaluation with failed rules and legal basis, review notes, the refusal draft in kk and
 * ru), and the decisions: issue (with the written override where the rules found grounds; never on grounds 4 and 5,
 * R74, R88, R89, R91), preliminary refusal (ground 1 names the uploads, R85), the final refusal after the hearing, and
 * revocation of an issued certificate. Each decision form carries the version the officer read: a request changed
 * since is answered 412, as the API's If-Match. An administrator reads the same pages.
 */
public final class OfficerPages implements WebPages {
    static final String BASE = "/officer";
    static final int PAGE_SIZE = 50;

    private final OfficerQueueUseCase queue;
    private final GetRequestUseCase get;
    private final GetAttachmentUseCase attachments;
    private final DecideRequestUseCase decide;
    private final ReadAuditTrailUseCase audit;
    private final RevokeCertificateUseCase revoke;
    private final Clock clock;

    public OfficerPages(OfficerQueueUseCase queue, GetRequestUseCase get, GetAttachmentUseCase attachments,
                        DecideRequestUseCase decide, ReadAuditTrailUseCase audit, RevokeCertificateUseCase revoke,
                        Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.get = Objects.requireNonNull(get, "get");
        this.attachments = Objects.requireNonNull(attachments, "attachments");
        this.decide = Objects.requireNonNull(decide, "decide");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.revoke = Objects.requireNonNull(revoke, "revoke");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void register(WebRoutes routes) {
        routes.get(BASE, Access.SIGNED_IN, this::queuePage);
        routes.get(BASE + "/requests/{id}", Access.SIGNED_IN, this::request);
        routes.get(BASE + "/requests/{id}/attachments/{attachment}", Access.SIGNED_IN, this::attachment);
        routes.get(BASE + "/requests/{id}/audit", Access.SIGNED_IN, this::auditTrail);
        routes.post(BASE + "/requests/{id}/issue", Access.OFFICER, this::issue);
        routes.post(BASE + "/requests/{id}/preliminary-refusal", Access.OFFICER, this::proposeRefusal);
        routes.post(BASE + "/requests/{id}/refusal", Access.OFFICER, this::refuse);
        routes.post(BASE + "/certificates/{number}/revocation", Access.OFFICER, this::revoke);
    }

    /** A page of the queue, with today for the highlights, the filter and what it offers. */
    public record QueueModel(OfficerQueueUseCase.QueuePage queue, LocalDate today, OfficerQueueUseCase.QueueFilter filter,
                             List<Specialty> specialties) {
        public List<RequestStatus> statuses() {
            return List.of(RequestStatus.ACCEPTED,
                    RequestStatus.REFUSAL_PROPOSED);
        }

        public boolean selected(RequestStatus status) {
            return filter.status().filter(status::equals).isPresent();
        }

        public boolean selected(Specialty specialty) {
            return filter.specialty().filter(specialty.code()::equals).isPresent();
        }

        /** The query of a page of the same filter, starting at {@code offset}. */
        public String pageQuery(int offset) {
            return "?offset=" + offset + filter.status().map(s -> "&status=" + s.name()).orElse("")
                    + filter.specialty().map(c -> "&specialty=" + c.value()).orElse("");
        }

        public boolean hasPrevious() {
            return queue.offset() > 0;
        }

        public boolean hasNext() {
            return queue.offset() + queue.limit() < queue.total();
        }

        public String rowClass(OfficerQueueUseCase.QueueEntry entry) {
            return entry.overdue() ? "row--overdue" : entry.decisionDue().equals(today) ? "row--today" : "";
        }
    }

    private void queuePage(WebRequest request) {
        if (!(request.actor() instanceof Actor.Officer)
                && !(request.actor() instanceof Actor.Admin)) {
            throw new AccessDeniedException(Message.verbatim("the queue is the staff's"));
        }
        int offset = request.offset();
        Optional<RequestStatus> status = request.query("status").flatMap(code -> {
            try {
                var parsed = RequestStatus.valueOf(code);
                return parsed.awaitsDecision() ? Optional.of(parsed) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
        var catalogue = SpecialtyCatalogue.standard();
        Optional<SpecialtyCode> specialty = request.query("specialty")
                .flatMap(code -> catalogue.all().stream().filter(s -> s.code().value().equals(code)).findFirst())
                .map(Specialty::code);
        OfficerQueueUseCase.QueueFilter filter = new OfficerQueueUseCase.QueueFilter(status, specialty);
        List<Specialty> specialties = request.messages().byName(catalogue.all());
        request.render("officer/queue.jte", request.page("officer.queue.title"),
                new QueueModel(queue.queue(request.actor(), filter, offset, PAGE_SIZE), today(), filter, specialties));
    }

    /** The request as the officer decides on it. */
    public record RequestModel(RequestView view, LocalDate today, List<AuditEntry> audit, boolean mayDecide) {
        public Optional<Outcome.Refusal> refusal() {
            return view.evaluation().outcome().fold(eligible -> Optional.empty(), Optional::of);
        }

        /** Grounds 4 and 5 (a court decision in force): no certificate is issued at all (R88, R89). */
        public boolean courtGrounds() {
            return refusal().map(r -> r.grounds().contains(Ground.GROUND_4_COURT_PROHIBITION)
                    || r.grounds().contains(Ground.GROUND_5_SPECIAL_RIGHT_DEPRIVED)).orElse(false);
        }

        public boolean awaitsDecision() {
            return view.state().status().awaitsDecision();
        }

        public Optional<Decision.RefusalProposed> proposed() {
            return view.state().decision().filter(Decision.RefusalProposed.class::isInstance)
                    .map(Decision.RefusalProposed.class::cast);
        }

        public Optional<Decision.Issued> issued() {
            return view.state().decision().filter(Decision.Issued.class::isInstance).map(Decision.Issued.class::cast);
        }

        public boolean heard() {
            return proposed().map(p -> p.hearing().heardBy(today)).orElse(false);
        }

        public List<Ground> grounds() {
            return List.of(Ground.values());
        }

        public boolean proposedGround(Ground ground) {
            return refusal().map(r -> r.grounds().contains(ground)).orElse(false);
        }

        public List<Ground> revocationGrounds() {
            return List.copyOf(RevokeCertificateUseCase.REVOCATION_GROUNDS);
        }
    }

    private void request(WebRequest request) {
        RequestId id = request.requestId();
        render(request, id, List.of(), false);
    }

    private void render(WebRequest request, RequestId id, List<FieldProblem> problems, boolean invalid) {
        RequestView view = get.get(request.actor(), id);
        List<AuditEntry> trail = List.of();
        RequestModel model = new RequestModel(view, today(), trail,
                request.actor() instanceof Actor.Officer);
        var page = request.page("officer.request.title").withErrors(problems);
        if (invalid) {
            request.renderInvalid("officer/request.jte", page, model);
        } else {
            request.render("officer/request.jte", page, model);
        }
    }

    private void attachment(WebRequest request) {
        UUID attachmentId;
        try {
            attachmentId = UUID.fromString(request.pathParam("attachment"));
        } catch (IllegalArgumentException e) {
            throw new NotFound("attachment");
        }
        AttachmentResponses.inline(request, attachments.get(request.actor(), request.requestId(), attachmentId));
    }

    /** The request's audit trail: every step, who took it, the hash chain. */
    public record AuditModel(RequestId id, List<AuditEntry> entries) {
    }

    private void auditTrail(WebRequest request) {
        RequestId id = request.requestId();
        request.render("officer/audit.jte", request.page("officer.audit.title"),
                new AuditModel(id, audit.read(request.actor(), id)));
    }

    private void issue(WebRequest request) {
        RequestId id = request.requestId();
        Optional<Motivation> override = Optional.empty();
        Optional<String> kk = request.optionalForm("overrideKk");
        Optional<String> ru = request.optionalForm("overrideRu");
        if (kk.isPresent() || ru.isPresent()) {
            try {
                override = Optional.of(new Motivation(kk, ru, Optional.empty()));
            } catch (IllegalArgumentException e) {
                render(request, id, List.of(new FieldProblem("overrideRu", t(request, "officer.issue.overrideInvalid"))),
                        true);
                return;
            }
        }
        try {
            DecideRequestUseCase.Issued issued = decide.issue(request.actor(), id, override, version(request));
            request.notice("officer.issue.done");
            request.redirect(BASE + "/requests/" + id.value() + "#decision");
        } catch (BusinessRuleException e) {
            render(request, id, List.of(new FieldProblem("overrideRu", t(request, "officer.issue.refused",
                    request.messages().reason(e)))), true);
        }
    }

    private void proposeRefusal(WebRequest request) {
        RequestId id = request.requestId();
        Optional<RefusalCommand> command = refusalCommand(request, id);
        if (command.isEmpty()) {
            return;
        }
        try {
            decide.proposeRefusal(request.actor(), id, command.get(), version(request));
        } catch (IllegalArgumentException | BusinessRuleException e) {
            render(request, id, List.of(new FieldProblem("motivationRu", t(request, "officer.refusal.invalid",
                    request.messages().reason(e)))), true);
            return;
        }
        request.notice("officer.refusal.proposed");
        request.redirect(BASE + "/requests/" + id.value() + "#decision");
    }

    private void refuse(WebRequest request) {
        RequestId id = request.requestId();
        Optional<RefusalCommand> command = refusalCommand(request, id);
        if (command.isEmpty()) {
            return;
        }
        try {
            decide.refuse(request.actor(), id, command.get(), version(request));
        } catch (IllegalArgumentException | BusinessRuleException e) {
            render(request, id, List.of(new FieldProblem("finalMotivationRu", t(request, "officer.refusal.invalid",
                    request.messages().reason(e)))), true);
            return;
        }
        request.notice("officer.refusal.final");
        request.redirect(BASE + "/requests/" + id.value() + "#decision");
    }

    /** The grounds ticked and the motivation written, or the form again with what is missing. */
    private Optional<RefusalCommand> refusalCommand(WebRequest request, RequestId id) {
        // R91: the motivation in Kazakh and/or Russian, the languages of the decision
        String motivationField = request.ctx().path().endsWith("/refusal") ? "finalMotivation" : "motivation";
        List<FieldProblem> problems = new ArrayList<>();
        List<Ground> grounds = new ArrayList<>();
        for (String code : request.formList("ground")) {
            try {
                grounds.add(Ground.valueOf(code));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("grounds", t(request, "officer.refusal.noGround")));
            }
        }
        if (grounds.isEmpty()) {
            problems.add(new FieldProblem(motivationField.equals("motivation") ? "grounds" : "finalGrounds",
                    t(request, "officer.refusal.noGround")));
        }
        String kk = request.form(motivationField + "Kk");
        String ru = request.form(motivationField + "Ru");
        Motivation motivation = null;
        try {
            motivation = Motivation.of(kk.isBlank() ? null : kk, ru.isBlank() ? null : ru, null);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(motivationField + "Ru", kk.isBlank() && ru.isBlank()
                    ? t(request, "officer.refusal.noMotivation") : request.messages().reason(e)));
        }
        List<UUID> unreliable = new ArrayList<>();
        for (String value : request.formList("unreliable")) {
            try {
                unreliable.add(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("grounds", t(request, "officer.refusal.noGround")));
            }
        }
        if (!problems.isEmpty()) {
            render(request, id, problems, true);
            return Optional.empty();
        }
        return Optional.of(new RefusalCommand(grounds, Objects.requireNonNull(motivation), unreliable));
    }

    private void revoke(WebRequest request) {
        String typed = request.pathParam("number").strip().toUpperCase(Locale.ROOT);
        if (CertificateNumbers.problem(typed).isPresent()) {
            throw new NotFound("certificate " + typed);
        }
        Optional<RequestId> back = request.optionalForm("request").map(RequestId::parse);
        Ground ground;
        try {
            ground = Ground.valueOf(request.form("ground"));
        } catch (IllegalArgumentException e) {
            ground = null;
        }
        String reason = request.form("reason");
        if (ground == null || reason.isBlank()) {
            if (back.isPresent()) {
                render(request, back.get(), List.of(new FieldProblem("reason",
                        t(request, "officer.revoke.invalid"))), true);
                return;
            }
            throw new NotFound("revocation form");
        }
        try {
            revoke.revoke(request.actor(), new CertificateNumber(typed), ground, reason);
        } catch (IllegalArgumentException e) {
            if (back.isPresent()) {
                render(request, back.get(), List.of(new FieldProblem("reason",
                        t(request, "officer.revoke.invalid"))), true);
                return;
            }
            throw e;
        }
        request.notice("officer.revoke.done");
        request.redirect(back.map(id -> BASE + "/requests/" + id.value() + "#decision").orElse(BASE));
    }

    /** The version the officer decided on, from the form (the web's If-Match). */
    private static OptionalLong version(WebRequest request) {
        try {
            return OptionalLong.of(Long.parseLong(request.form("version")));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static String t(WebRequest request, String key, Object... args) {
        return request.messages().t(key, args);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(Messages.ALMATY));
    }
}
