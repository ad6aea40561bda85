package kz.medcert.application.service.decisions;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.BusinessRuleException;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.StaleRequestException;
import kz.medcert.application.port.in.decisions.DecideRequestUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.out.ApplicantRequests;
import kz.medcert.application.port.out.CertificateIssuing;
import kz.medcert.application.port.out.CertificateIssuing.IssuedRequest;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.Requests;
import kz.medcert.application.service.DecisionSettings;
import kz.medcert.application.service.RecipientLanguage;
import kz.medcert.application.service.RequestAccess;
import kz.medcert.application.service.RequestInWords;
import kz.medcert.application.service.RequestViews;
import kz.medcert.application.service.certificates.CertificateIssuance;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.calendar.WorkingCalendar;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.IssueDate;
import kz.medcert.domain.request.IssuePolicy;
import kz.medcert.domain.request.Motivation;
import kz.medcert.domain.request.RefusalReasons;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.Submission;

/**
 * The officer's decisions (R74, R75, R91). The officer decides, whatever the stored evaluation says (R74): the
 * history records its outcome. Every decision is written under the request's optimistic lock, so of two officers
 * deciding at once exactly one succeeds and the other gets a conflict having written nothing; issuing also registers
 * the certificate in the same transaction (and marks the one it replaces, R14, R75), dated no earlier than the
 * request's registration day ({@link IssueDate}, R78).
 */
public final class DecideRequestService implements DecideRequestUseCase {
    private final Requests repository;
    private final CertificateIssuing issuing;
    private final CertificateIssuance issuance;
    private final RequestViews views;
    private final RecipientLanguage languages;
    private final WorkingCalendar calendar;
    private final DecisionSettings settings;
    private final Clock clock;

    @Inject
    public DecideRequestService(Requests repository, CertificateIssuing issuing, ApplicantRequests applicants,
                                CertificateRegister register,
                                RequestViews views, CertificationRules rules,
                                DecisionSettings settings, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.issuing = Objects.requireNonNull(issuing, "issuing");
        this.issuance = new CertificateIssuance(register);
        this.views = Objects.requireNonNull(views, "views");
        this.languages = new RecipientLanguage(applicants);
        this.calendar = Objects.requireNonNull(rules, "rules").deadlines().calendar();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Issued issue(Actor actor, RequestId id, Optional<Motivation> override, OptionalLong seenVersion) {
        Actor.Officer officer = officer(actor);
        CertificationRequest request = loadAwaitingDecision(officer, id, seenVersion);
        Evaluation evaluation = request.state().submission().map(Submission::evaluation).orElseThrow();
        // R88, R89, R91: grounds 4 and 5 are never set aside; any other ground only with a written motivation
        IssuePolicy.assess(evaluation, override).explanation().ifPresent(reason -> {
            throw new BusinessRuleException("overrideMotivation", reason);
        });
        Instant now = clock.instant();
        // R78, row 7(2): never dated before the day the application counts as accepted
        LocalDate issuedOn = IssueDate.of(request.state().submission().orElseThrow(), KazakhstanTime.date(now));
        // the serial is drawn in the transaction that stores the decision, so a lost race burns no number
        Language language = languages.of(request.state().applicant().iin());
        IssuedRequest issued = store(id, () -> issuing.issueUnderNextSerial(Year.from(issuedOn), serial -> {
            IssuedCertificate drafted = issuance.draft(request.state(), issuedOn, serial);
            String number = drafted.number().value();
            return new IssuedRequest(request.issued(drafted.number(), issuedOn, override, officer.auditLabel(), now),
                    drafted, List.of(notice(request, Notification.Kind.CERTIFICATE_ISSUED,
                    ServiceText.NOTIFY_SUBJECT_CERTIFICATE_ISSUED.message().with("number", number),
                    ServiceText.NOTIFY_CERTIFICATE_ISSUED.message().with("number", number).with("issuedOn", issuedOn)
                            .with("validUntil", drafted.validUntil().orElseThrow()), language, now)));
        }));
        CertificationRequest stored = issued.request();
        IssuedCertificate certificate = issued.certificate();
        return new Issued(certificate.number(), views.view(stored));
    }

    @Override
    public RequestView proposeRefusal(Actor actor, RequestId id, RefusalCommand refusal, OptionalLong seenVersion) {
        Actor.Officer officer = officer(actor);
        CertificationRequest request = loadAwaitingDecision(officer, id, seenVersion);
        Instant now = clock.instant();
        // the hearing term counts from the day after the notice, as R73 counts the service term (R91: within it)
        LocalDate noticeDay = KazakhstanTime.date(now);
        LocalDate objectionsUntil = settings.hearingTerm().objectionsUntil(noticeDay, calendar);
        RefusalReasons reasons = reasons(request, refusal);
        Notification notice = refusalNotice(request, Notification.Kind.REFUSAL_PROPOSED,
                RequestInWords.named(ServiceText.NOTIFY_SUBJECT_REFUSAL_PROPOSED.message(), request)
                        .with("until", objectionsUntil),
                RequestInWords.named(ServiceText.NOTIFY_REFUSAL_PROPOSED.message(), request)
                        .with("grounds", RefusalReasons.named(reasons.grounds())).with("until", objectionsUntil),
                reasons, now);
        CertificationRequest stored = change(id, request, r -> r.refusalProposed(reasons, settings.hearingTerm(),
                calendar, noticeDay, officer.auditLabel(), now), notice);
        return views.view(stored);
    }

    @Override
    public RequestView refuse(Actor actor, RequestId id, RefusalCommand refusal, OptionalLong seenVersion) {
        Actor.Officer officer = officer(actor);
        CertificationRequest request = loadAwaitingDecision(officer, id, seenVersion);
        Instant now = clock.instant();
        RefusalReasons reasons = reasons(request, refusal);
        Notification notice = refusalNotice(request, Notification.Kind.REFUSED,
                RequestInWords.named(ServiceText.NOTIFY_SUBJECT_REFUSED.message(), request),
                RequestInWords.named(ServiceText.NOTIFY_REFUSED.message(), request)
                        .with("grounds", RefusalReasons.named(reasons.grounds())), reasons, now);
        CertificationRequest stored = change(id, request, r -> r.refused(reasons, KazakhstanTime.date(now),
                officer.auditLabel(), now), notice);
        return views.view(stored);
    }

    // R91: the rule IDs the evaluation found on the chosen grounds (the ground's own rule is added by RefusalReasons);
    // the language of the decision the officer did not write is the rules' draft on those grounds
    private static RefusalReasons reasons(CertificationRequest request, RefusalCommand refusal) {
        Evaluation evaluation = request.state().submission().map(Submission::evaluation).orElseThrow();
        return RefusalReasons.completed(evaluation, refusal.grounds(),
                RefusalReasons.rulesFound(evaluation, refusal.grounds()), refusal.motivation(),
                refusal.unreliableDocuments());
    }

    private static Actor.Officer officer(Actor actor) {
        if (actor instanceof Actor.Officer officer) {
            return officer;
        }
        throw new AccessDeniedException(ServiceText.ONLY_OFFICER_DECIDES.message());
    }

    private CertificationRequest loadAwaitingDecision(Actor.Officer officer, RequestId id, OptionalLong seenVersion) {
        CertificationRequest request = repository.find(id)
                .filter(r -> RequestAccess.department(r.state()).filter(officer.department()::equals).isPresent())
                .orElseThrow(() -> new RequestNotFoundException(id));
        StaleRequestException.requireSeen(request, seenVersion);
        if (!request.status().awaitsDecision()) {
            throw new RequestConflictException(ServiceText.REQUEST_NOT_AWAITING_DECISION.message().with("request", id)
                    .with("status", request.status().localizedName()));
        }
        return request;
    }

    /** Applies a step the domain may refuse (hearing still open, a ground not heard) and stores it. */
    private CertificationRequest change(RequestId id, CertificationRequest request,
                                        Function<CertificationRequest, CertificationRequest> step,
                                        Notification notice) {
        CertificationRequest next;
        try {
            next = step.apply(request);
        } catch (IllegalStateException e) {
            throw RequestConflictException.of(e);
        }
        return store(id, () -> repository.saveWithNotifications(next, List.of(notice)));
    }

    private static <T> T store(RequestId id, Supplier<T> write) {
        try {
            return write.get();
        } catch (ConcurrentUpdateException e) {
            throw new RequestConflictException(ServiceText.REQUEST_DECIDED_MEANWHILE.message().with("request", id));
        }
    }

    private static Notification notice(CertificationRequest request, Notification.Kind kind, Message subject,
                                       Message text, Language language, Instant at) {
        return new Notification(request.state().applicant().iin(), kind, "request " + request.id(), subject, text,
                language, at);
    }

    /** A refusal's notice carries its motivation, in the language the applicant reads (R91). */
    private Notification refusalNotice(CertificationRequest request, Notification.Kind kind, Message subject,
                                       Message text, RefusalReasons reasons, Instant at) {
        Language language = languages.of(request.state().applicant().iin());
        return notice(request, kind, subject, text.with("motivation", reasons.motivation().forReader(language)),
                language, at);
    }
}
