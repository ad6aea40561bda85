package kz.medcert.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.calendar.WorkingCalendar;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.dossier.Dossier;

/**
 * One applicant's request for the public service, from consent to "accepted" (R22): the information form they
 * declared, the consent, what the registries returned, the uploads, the signed submission and the history. Immutable:
 * every step returns the next state; {@code version} is the stored version it was read at (optimistic locking).
 */
public final class CertificationRequest {
    /** The audit label of the service deciding by itself (R74). */
    public static final String AUTOMATIC = "SYSTEM automatic-confirmation";

    private final RequestState s;

    private CertificationRequest(RequestState state) {
        this.s = state;
    }

    /** A new request awaiting consent. {@code form} holds what the applicant declared (A2-IF / A6-IF). */
    public static CertificationRequest start(RequestId id, Applicant applicant, Dossier form, Instant at) {
        return start(id, applicant, form, at, HistoryEntry.SYSTEM);
    }

    /** As {@link #start(RequestId, Applicant, Dossier, Instant)}, recording who started it ({@code by}). */
    public static CertificationRequest start(RequestId id, Applicant applicant, Dossier form, Instant at, String by) {
        return start(id, applicant, form, ApplicationDetails.NONE, at, by);
    }

    /**
     * As {@link #start(RequestId, Applicant, Dossier, Instant, String)}, with what the form asks beyond the dossier
     * ({@code details}: the qualification level applied for, a foreign specialist's organisation). The request
     * carries its form's statements, which the applicant signs with it (R92, R93, R17).
     *
     * @throws IllegalArgumentException when the chosen form misses a field it asks for (R17, R71, {@link ApplicationForms})
     */
    public static CertificationRequest start(RequestId id, Applicant applicant, Dossier form,
                                             ApplicationDetails details, Instant at, String by) {
        ApplicationForms.check(applicant, form, details);
        return new CertificationRequest(new RequestState(id, applicant, at, form, Consent.NONE, List.of(),
                FetchedFacts.NOTHING, List.of(), Optional.empty(), RequestStatus.AWAITING_CONSENT,
                List.of(new HistoryEntry(at, "STARTED", form.category() + " " + form.target(), by)), 0,
                Optional.empty(), details, FormStatement.ofForm(form.category())));
    }

    /** Rebuilds a stored request without business checks; for persistence adapters only. */
    public static CertificationRequest restore(RequestState state) {
        return new CertificationRequest(state);
    }

    public RequestState state() {
        return s;
    }

    public RequestId id() {
        return s.id();
    }

    public RequestStatus status() {
        return s.status();
    }

    public long version() {
        return s.version();
    }

    // R60, R61: a one-time code was sent through the e-gov channel
    public CertificationRequest consentRequested(String reference, String channel, Instant at) {
        return consentRequested(reference, channel, at, HistoryEntry.SYSTEM);
    }

    /** As {@link #consentRequested(String, String, Instant)}, recording who asked ({@code by}, an audit label). */
    public CertificationRequest consentRequested(String reference, String channel, Instant at, String by) {
        requireStatus(RequestStatus.AWAITING_CONSENT, DomainText.ACTION_REQUEST_CONSENT);
        return next(s.withConsent(s.consent().requested(reference, channel, at)), s.status(),
                new HistoryEntry(at, "CONSENT_REQUESTED", channel + " " + reference, by));
    }

    // R60, R61: with consent the registries are asked (P9, P24)
    public CertificationRequest consentGiven(Instant at) {
        return consentGiven(at, HistoryEntry.SYSTEM);
    }

    /** As {@link #consentGiven(Instant)}, recording who gave it ({@code by}, an audit label). */
    public CertificationRequest consentGiven(Instant at, String by) {
        requireStatus(RequestStatus.AWAITING_CONSENT, DomainText.ACTION_GIVE_CONSENT);
        List<RegistryFetch> fetches = StateRegistry.askedFor(s.identity().category()).stream()
                .map(RegistryFetch::pending).toList();
        return next(s.withConsent(s.consent().answered(ConsentStatus.GIVEN, at)).withFetches(fetches),
                RequestStatus.AWAITING_REGISTRIES,
                new HistoryEntry(at, "CONSENT_GIVEN", "registries will be asked" + underConsent(), by));
    }

    // R90: without consent nothing is fetched; the evaluation carries ground 6
    public CertificationRequest consentDeclined(Instant at) {
        return consentDeclined(at, HistoryEntry.SYSTEM);
    }

    /** As {@link #consentDeclined(Instant)}, recording who declined ({@code by}, an audit label). */
    public CertificationRequest consentDeclined(Instant at, String by) {
        requireStatus(RequestStatus.AWAITING_CONSENT, DomainText.ACTION_DECLINE_CONSENT);
        return next(s.withConsent(s.consent().answered(ConsentStatus.DECLINED, at)), RequestStatus.AWAITING_DOCUMENTS,
                new HistoryEntry(at, "CONSENT_DECLINED", "nothing will be fetched", by));
    }

    /**
     * Registries still asked whose turn has come: never asked, or failed with the retry time reached; while the request
     * waits for them, and afterwards (until the decision) those unavailable for the applicant, which are asked on in
     * the background (R21, R70).
     */
    public List<StateRegistry> registriesDue(Instant now) {
        return s.fetches().stream().filter(s::stillAsks).filter(f -> f.dueAt(now)).map(RegistryFetch::registry)
                .toList();
    }

    public CertificationRequest registryAnswered(StateRegistry registry, UnaryOperator<FetchedFacts> answer,
                                                 Instant at) {
        return registryAnswered(registry, answer, at, HistoryEntry.SYSTEM);
    }

    /**
     * As {@link #registryAnswered(StateRegistry, UnaryOperator, Instant)}, recording on whose behalf it was asked. A
     * registry unavailable for the applicant may still answer (R21, R70): before the submission its data count as
     * any registry's (the request waits again if the answer adds registries to ask, R03); after it they are recorded
     * beside what the applicant declared, the evaluation stored at the submission standing, and the officer is shown
     * where they differ ({@link RegistryFallback}).
     */
    public CertificationRequest registryAnswered(StateRegistry registry, UnaryOperator<FetchedFacts> answer,
                                                 Instant at, String by) {
        RegistryFetch asked = requireAsked(registry, DomainText.ACTION_RECORD_REGISTRY_ANSWER);
        RequestState updated = s.withFetched(answer.apply(s.fetched()))
                .withFetches(replace(registry, asked.fetched(at)));
        List<HistoryEntry> findings = new ArrayList<>();
        if (registry == StateRegistry.IDENTITY) {
            updated = identityFound(updated, at, by, findings, s.status().submitted());
        }
        HistoryEntry fetched = asked.unavailable()
                ? new HistoryEntry(at, "FETCHED_LATE", registry.name() + underConsent() + "; unavailable since "
                + asked.unavailableSince().orElseThrow() + (s.status().submitted()
                ? ": recorded beside what the applicant declared; the evaluation of the submission stands (R21, R70)"
                : ": its data count, as any registry's (R21, R70)"), by)
                : new HistoryEntry(at, "FETCHED", registry.name() + underConsent(), by);
        CertificationRequest answered = next(updated, waitingOrNot(updated), fetched);
        for (HistoryEntry finding : findings) {
            answered = answered.next(answered.s, answered.s.status(), finding);
        }
        return answered;
    }

    // Before the submission the request waits while a registry is neither answered nor unavailable; after it the
    // status is the decision's
    private RequestStatus waitingOrNot(RequestState updated) {
        if (s.status() != RequestStatus.AWAITING_REGISTRIES && s.status() != RequestStatus.AWAITING_DOCUMENTS) {
            return s.status();
        }
        return updated.fetches().stream().allMatch(RegistryFetch::settled) ? RequestStatus.AWAITING_DOCUMENTS
                : RequestStatus.AWAITING_REGISTRIES;
    }

    /**
     * R03, R71: what the state database of individuals settles. The service follows citizenship: when it is not the
     * one the form chose, the registries of the right service that were not asked are added. The department follows
     * the registered region; where the registry holds no address, the declared region counts, and the history says so.
     * After the submission the service no longer changes: a citizenship that calls for the other one is the officer's
     * to weigh ({@link RegistryFallback}'s note).
     */
    private static RequestState identityFound(RequestState updated, Instant at, String by, List<HistoryEntry> out,
                                              boolean submitted) {
        ApplicantIdentity identity = updated.identity();
        if (identity.category() != updated.form().category() && !submitted) {
            List<RegistryFetch> fetches = new ArrayList<>(updated.fetches());
            StateRegistry.askedFor(identity.category()).stream()
                    .filter(r -> fetches.stream().noneMatch(f -> f.registry() == r))
                    .forEach(r -> fetches.add(RegistryFetch.pending(r)));
            updated = updated.withFetches(fetches);
            out.add(new HistoryEntry(at, "SERVICE_FOLLOWS_CITIZENSHIP", "citizenship "
                    + identity.citizenship().map(Object::toString).orElse("?") + " (state database of individuals): "
                    + identity.category() + " service, not the " + updated.form().category() + " form (R03)", by));
        }
        if (identity.regionSource() == ApplicantIdentity.Source.DECLARED) {
            out.add(new HistoryEntry(at, "REGION_AS_DECLARED", "the state database of individuals holds no address: "
                    + "the declared region " + identity.region().map(Enum::name).orElse("(none)")
                    + " decides the department (R71)", by));
        } else if (!identity.region().equals(updated.applicant().region())) {
            out.add(new HistoryEntry(at, "REGION_FROM_REGISTRY", "registered region "
                    + identity.region().map(Enum::name).orElseThrow() + " decides the department; the declared "
                    + updated.applicant().region().map(Enum::name).orElse("(none)") + " is ignored (R71)", by));
        }
        return updated;
    }

    // R21, R70: a failed registry is retried; the request waits and is neither lost nor refused
    public CertificationRequest registryFailed(StateRegistry registry, String reason, Instant at, Instant retryAt) {
        return registryFailed(registry, reason, at, retryAt, FallbackPolicy.DEFAULT, HistoryEntry.SYSTEM);
    }

    /** As {@link #registryFailed(StateRegistry, String, Instant, Instant)}, recording on whose behalf it was asked. */
    public CertificationRequest registryFailed(StateRegistry registry, String reason, Instant at, Instant retryAt,
                                               String by) {
        return registryFailed(registry, reason, at, retryAt, FallbackPolicy.DEFAULT, by);
    }

    /**
     * R21, R70: a failed registry is retried at {@code retryAt}, and the request waits for it; once {@code fallback}
     * gives it up (a time after the consent, or a number of failed attempts), it is unavailable for the applicant: the
     * request goes on without it when every other registry has answered, the applicant declares and uploads what it
     * would have supplied ({@link RegistryFallback}), and it is still asked at its retry times. A prohibitions registry
     * is given up on too, but nothing replaces it: its absence reads as "no data" for the officer (R68).
     */
    public CertificationRequest registryFailed(StateRegistry registry, String reason, Instant at, Instant retryAt,
                                               FallbackPolicy fallback, String by) {
        Objects.requireNonNull(fallback, "fallback");
        RegistryFetch failed = requireAsked(registry, DomainText.ACTION_RECORD_REGISTRY_FAILURE).failed(reason, at, retryAt);
        CertificationRequest recorded = next(s.withFetches(replace(registry, failed)), s.status(),
                new HistoryEntry(at, "FETCH_FAILED", registry + ": " + reason + "; retry at " + retryAt
                        + underConsent(), by));
        Instant consentAt = s.consent().answeredAt().orElse(at);
        if (failed.unavailable() || !fallback.reached(failed.attempts(), consentAt, at)) {
            return recorded;
        }
        RequestState given = recorded.s.withFetches(recorded.replace(registry, failed.unavailable(at)));
        String instead = registry == StateRegistry.PROHIBITIONS
                ? "nothing replaces it: its absence reads as no data, for the officer to check (R68)"
                : "the applicant may declare what it holds and upload the documents in its place (R21, R70)";
        return recorded.next(given, recorded.waitingOrNot(given), new HistoryEntry(at, "REGISTRY_UNAVAILABLE",
                registry + ": no answer in " + failed.attempts() + " attempts since the consent at " + consentAt
                        + "; " + instead + "; still asked, next at " + retryAt, by));
    }

    /**
     * R21, R70: the applicant amends the information form they declared (A2-IF / A6-IF), e.g. to declare what a
     * registry that did not answer would have supplied, so that the rules count it; before the submission only (the
     * signed content changes with it, R17). The form keeps what it applies for: the category and the specialty (and
     * specialization) the registries were asked about. An amendment that changes nothing records nothing.
     *
     * @throws IllegalStateException    after the submission, or before the consent was answered
     * @throws IllegalArgumentException when it changes what is applied for, or the form misses a field it asks for
     */
    public CertificationRequest formAmended(Dossier form, ApplicationDetails details, Instant at, String by) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(details, "details");
        if (s.status() != RequestStatus.AWAITING_REGISTRIES && s.status() != RequestStatus.AWAITING_DOCUMENTS) {
            throw new StepRefusedException(DomainText.FORM_AMENDED_NOT_NOW.message()
                    .with("status", s.status().localizedName()));
        }
        Dossier before = s.form();
        // the English text names the field first ("category: ..."), as the use case reads it
        if (form.category() != before.category()) {
            throw new InvalidValueException(DomainText.FORM_KEEPS_CATEGORY.message()
                    .with("category", before.category()));
        }
        if (!form.declaredSpecialty().equals(before.declaredSpecialty())
                || !form.declaredSpecialization().equals(before.declaredSpecialization())) {
            throw new InvalidValueException(DomainText.FORM_KEEPS_SPECIALTY.message()
                    .with("specialty", SpecialtyCatalogue.standard().nameOf(before.target())));
        }
        ApplicationForms.checkAmendment(s.applicant(), form, details);
        Dossier amended = form.toBuilder().applicationDate(before.applicationDate()).build();
        // the language the applicant chose when starting stays theirs (their notifications'), unless named anew
        ApplicationDetails kept = details.language().isPresent() ? details : details.inLanguage(s.details().language());
        if (amended.equals(before) && kept.equals(s.details())) {
            return this;
        }
        RequestState changed = new RequestState(s.id(), s.applicant(), s.startedAt(), amended, s.consent(),
                s.fetches(), s.fetched(), s.attachments(), s.submission(), s.status(), s.history(), s.version(),
                s.decision(), kept, s.statements());
        return next(changed, s.status(), new HistoryEntry(at, "FORM_AMENDED", FormChanges.between(before,
                s.details(), amended, kept) + " (R21, R70)", by));
    }

    /** The fetch of {@code registry}, which the request must still ask; otherwise nothing of it may be recorded. */
    private RegistryFetch requireAsked(StateRegistry registry, DomainText action) {
        RegistryFetch fetch = fetch(registry);
        if (!s.stillAsks(fetch)) {
            throw new StepRefusedException(DomainText.REGISTRY_NOT_ASKED.message().with("action", action.message())
                    .with("registry", registry.localizedName()).with("status", s.status().localizedName()));
        }
        return fetch;
    }

    // R60, R61: each registry pull names the consent it rests on, so that the audit trail shows it entry by entry
    private String underConsent() {
        return s.consent().reference().map(reference -> "; consent " + reference).orElse("");
    }

    // R19: an electronic copy for a checklist item
    public CertificationRequest attached(Attachment attachment) {
        return attached(attachment, HistoryEntry.SYSTEM);
    }

    /** As {@link #attached(Attachment)}, recording who uploaded it ({@code by}, an audit label). */
    public CertificationRequest attached(Attachment attachment, String by) {
        if (s.status().submitted()) {
            throw new StepRefusedException(DomainText.REQUEST_ALREADY_SUBMITTED.message().with("request", s.id()));
        }
        List<Attachment> all = new ArrayList<>(s.attachments());
        all.add(attachment);
        return next(s.withAttachments(all), s.status(), new HistoryEntry(attachment.attachedAt(), "ATTACHED",
                attachment.document() + " " + attachment.fileName() + " sha256=" + attachment.sha256(), by));
    }

    /**
     * R19: a new copy for the checklist item {@code earlier} fills replaces it in its place, so that copies do not
     * pile up; the earlier one leaves the list but stays in the history (and its bytes in storage).
     */
    public CertificationRequest replaced(Attachment earlier, Attachment attachment, String by) {
        if (s.status().submitted()) {
            throw new IllegalStateException("request " + s.id() + " is already submitted");
        }
        int at = s.attachments().indexOf(earlier);
        if (at < 0) {
            throw new IllegalArgumentException("attachment " + earlier.id() + " is not in request " + s.id());
        }
        List<Attachment> all = new ArrayList<>(s.attachments());
        all.set(at, attachment);
        return next(s.withAttachments(all), s.status(), new HistoryEntry(attachment.attachedAt(), "REPLACED",
                attachment.document() + " " + attachment.fileName() + " sha256=" + attachment.sha256() + " replaces "
                        + earlier.fileName() + " sha256=" + earlier.sha256() + " (attachment " + earlier.id() + ")",
                by));
    }

    // R22: submitted with EDS and registered
    public CertificationRequest submitted(Submission submission) {
        return submitted(submission, HistoryEntry.SYSTEM);
    }

    /** As {@link #submitted(Submission)}, recording who signed and submitted it ({@code by}, an audit label). */
    public CertificationRequest submitted(Submission submission, String by) {
        // R22: only a request whose steps are done, and once; R69, R71: never for an applicant who cannot be served
        SubmissionReadiness readiness = submissionReadiness();
        if (readiness instanceof SubmissionReadiness.Barred barred) {
            throw new StepRefusedException(barred.reason());
        }
        if (!(readiness instanceof SubmissionReadiness.Ready)) {
            throw stepNotAllowed(DomainText.ACTION_SUBMIT);
        }
        return next(s.withSubmission(submission), RequestStatus.ACCEPTED,
                new HistoryEntry(submission.submittedAt(), "ACCEPTED", "registered on " + submission.registeredOn()
                        + ", decision due " + submission.decisionDue(), by));
    }

    /**
     * R74, R75: the officer decided to issue certificate {@code number} on {@code issuedOn}; allowed while the request
     * awaits a decision (also after a preliminary refusal, when the objection convinced the officer). The history
     * entry names the number and the outcome of the evaluation the officer decided on.
     */
    public CertificationRequest issued(CertificateNumber number, LocalDate issuedOn, String by, Instant at) {
        return issued(number, issuedOn, Optional.empty(), by, at);
    }

    /**
     * As {@link #issued(CertificateNumber, LocalDate, String, Instant)} with the officer's written motivation for
     * setting aside the grounds the rules found ({@code override}); refused for grounds 4 and 5 and when grounds were
     * found without a motivation ({@link IssuePolicy}). The certificate grants the qualification level applied for.
     */
    public CertificationRequest issued(CertificateNumber number, LocalDate issuedOn, Optional<Motivation> override,
                                       String by, Instant at) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        requireAwaitingDecision(DomainText.ACTION_ISSUE);
        requireNotBeforeRegistration(issuedOn);
        IssuePolicy.Verdict verdict = IssuePolicy.assess(submittedEvaluation(), override);
        if (!(verdict instanceof IssuePolicy.Verdict.Allowed permitted)) {
            throw new InvalidValueException(verdict.explanation().orElseThrow());
        }
        RegistryFallback.lateProhibition(s).ifPresent(prohibition -> {
            // R68, R88, R89: grounds 4 and 5 leave no discretion, whenever the registry reported them
            throw new InvalidValueException(DomainText.ISSUE_FORBIDDEN_LATE_PROHIBITION.message()
                    .with("ground", RefusalReasons.named(List.of(RegistryFallback.groundOf(prohibition)))));
        });
        Optional<IssueOverride> allowed = permitted.override();
        String overridden = allowed.map(o -> "; grounds " + RefusalReasons.describe(o.grounds())
                + " set aside: " + o.motivation().summary()).orElse("");
        return next(s.withDecision(new Decision.Issued(number, issuedOn, false, s.details().qualificationLevel(),
                        allowed)), RequestStatus.ISSUED,
                new HistoryEntry(at, "ISSUED", "certificate " + number.value() + " issued on " + issuedOn
                        + levelGranted() + "; evaluation " + evaluationOutcome() + overridden, by));
    }

    private String levelGranted() {
        return s.details().qualificationLevel().map(level -> ", qualification level " + level).orElse("");
    }

    private Evaluation submittedEvaluation() {
        return s.submission().map(Submission::evaluation)
                .orElseThrow(() -> new IllegalStateException("request " + s.id() + " was not submitted"));
    }

    /**
     * R14, R74: on a confirmation route whose registry data match the declared certificate and whose evaluation is
     * eligible, the service confirms the certificate itself, without an officer (see {@link AutomaticConfirmation}).
     */
    public CertificationRequest confirmedAutomatically(CertificateNumber number, LocalDate issuedOn, Instant at) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        requireStatus(RequestStatus.ACCEPTED, DomainText.ACTION_CONFIRM_AUTOMATICALLY);
        requireNotBeforeRegistration(issuedOn);
        return next(s.withDecision(new Decision.Issued(number, issuedOn, true, s.details().qualificationLevel(),
                        Optional.empty())), RequestStatus.ISSUED,
                new HistoryEntry(at, "CONFIRMED_AUTOMATICALLY", "certificate " + number.value() + " issued on "
                        + issuedOn + levelGranted() + "; registry data match the declared certificate (R14)",
                        AUTOMATIC));
    }

    /**
     * R91 and the hearing of administrative procedure: the officer proposes a reasoned refusal; the applicant is
     * notified and may object until the end of {@code objectionsUntil}.
     */
    public CertificationRequest refusalProposed(RefusalReasons reasons, LocalDate objectionsUntil, String by,
                                                Instant at) {
        Objects.requireNonNull(reasons, "reasons");
        requireStatus(RequestStatus.ACCEPTED, DomainText.ACTION_PROPOSE_REFUSAL);
        requireOwnUploads(reasons);
        return next(s.withDecision(new Decision.RefusalProposed(reasons, Hearing.opened(at, objectionsUntil))),
                RequestStatus.REFUSAL_PROPOSED, new HistoryEntry(at, "REFUSAL_PROPOSED", "grounds "
                        + RefusalReasons.describe(reasons.grounds()) + unreliable(reasons) + "; objections until "
                        + objectionsUntil + "; motivation " + reasons.summary(), by));
    }

    /**
     * As {@link #refusalProposed(RefusalReasons, LocalDate, String, Instant)}, the window set by {@code term} from the
     * notice on {@code noticeDay}; when the final decision could then only fall after the due date (R73), the history
     * says so, so that the officer who proposed it late is told and the queue shows it.
     */
    public CertificationRequest refusalProposed(RefusalReasons reasons, HearingTerm term, WorkingCalendar calendar,
                                                LocalDate noticeDay, String by, Instant at) {
        CertificationRequest proposed = refusalProposed(reasons, term.objectionsUntil(noticeDay, calendar), by, at);
        LocalDate due = submittedDecisionDue();
        if (term.keepsTheTerm(noticeDay, due, calendar)) {
            return proposed;
        }
        return proposed.next(proposed.s, proposed.s.status(), new HistoryEntry(at, "TERM_AT_RISK", "proposed after "
                + term.latestNoticeDay(due, calendar) + ", the last day that keeps the term: the final decision can "
                + "follow from " + term.finalDecisionFrom(noticeDay, calendar) + ", after the due date " + due
                + " (R73, R91)", by));
    }

    private LocalDate submittedDecisionDue() {
        return s.submission().map(Submission::decisionDue)
                .orElseThrow(() -> new IllegalStateException("request " + s.id() + " was not submitted"));
    }

    /** The applicant objects to the preliminary refusal, once, within the hearing window ({@code today}). */
    public CertificationRequest objected(String text, LocalDate today, String by, Instant at) {
        Decision.RefusalProposed proposed = proposedRefusal(DomainText.ACTION_OBJECT);
        if (proposed.hearing().objection().isPresent()) {
            throw new StepRefusedException(DomainText.OBJECTION_ALREADY_RECEIVED.message());
        }
        if (!proposed.hearing().openOn(today)) {
            throw new StepRefusedException(DomainText.OBJECTION_WINDOW_CLOSED.message()
                    .with("day", proposed.hearing().objectionsUntil()));
        }
        Objection objection = new Objection(at, text);
        return next(s.withDecision(new Decision.RefusalProposed(proposed.reasons(),
                        proposed.hearing().withObjection(objection))), RequestStatus.REFUSAL_PROPOSED,
                new HistoryEntry(at, "OBJECTION_RECEIVED", objection.text().length() + " characters", by));
    }

    /**
     * R75, R91: the final refusal, once the applicant has been heard (objected, or let the window pass). It may not
     * add grounds the applicant was not heard on; the motivation may change (e.g. answer the objection).
     */
    public CertificationRequest refused(RefusalReasons reasons, LocalDate today, String by, Instant at) {
        Objects.requireNonNull(reasons, "reasons");
        Decision.RefusalProposed proposed = proposedRefusal(DomainText.ACTION_REFUSE_FINALLY);
        if (!proposed.hearing().heardBy(today)) {
            throw new StepRefusedException(DomainText.HEARING_STILL_OPEN.message()
                    .with("day", proposed.hearing().objectionsUntil()));
        }
        requireOwnUploads(reasons);
        if (!reasons.groundsWithin(proposed.reasons())) {
            throw new InvalidValueException(DomainText.REFUSAL_GROUNDS_NOT_HEARD.message()
                    .with("grounds", RefusalReasons.named(proposed.reasons().grounds())));
        }
        return next(s.withDecision(new Decision.Refused(reasons, proposed, today)), RequestStatus.REFUSED,
                new HistoryEntry(at, "REFUSED", "grounds " + RefusalReasons.describe(reasons.grounds())
                        + unreliable(reasons) + "; rules " + reasons.failedRules() + "; motivation "
                        + reasons.summary(), by));
    }

    private static String unreliable(RefusalReasons reasons) {
        return reasons.unreliableDocuments().isEmpty() ? ""
                : "; documents found unreliable " + reasons.unreliableDocuments();
    }

    // R85: the documents found unreliable are uploads of this request
    private void requireOwnUploads(RefusalReasons reasons) {
        reasons.unreliableDocuments().stream()
                .filter(id -> s.attachments().stream().noneMatch(a -> a.id().equals(id)))
                .findFirst().ifPresent(id -> {
                    throw new InvalidValueException(DomainText.REFUSAL_ATTACHMENT_NOT_OF_REQUEST.message()
                            .with("attachment", id).with("request", s.id()));
                });
    }

    private Decision.RefusalProposed proposedRefusal(DomainText action) {
        requireStatus(RequestStatus.REFUSAL_PROPOSED, action);
        return s.decision().filter(Decision.RefusalProposed.class::isInstance).map(Decision.RefusalProposed.class::cast)
                .orElseThrow(() -> new StepRefusedException(DomainText.NO_PRELIMINARY_REFUSAL.message()
                        .with("request", s.id())));
    }

    private String evaluationOutcome() {
        return s.submission().map(sub -> sub.evaluation().outcome().fold(e -> "ELIGIBLE", r -> "REFUSAL"))
                .orElse("none");
    }

    private void requireAwaitingDecision(DomainText action) {
        if (!s.status().awaitsDecision()) {
            throw stepNotAllowed(action);
        }
    }

    private StepRefusedException stepNotAllowed(DomainText action) {
        return new StepRefusedException(DomainText.STEP_NOT_ALLOWED.message().with("action", action.message())
                .with("status", s.status().localizedName()));
    }

    /** The facts the rules evaluate: the declared form, what the registries returned, consent and uploads. */
    public Dossier dossierOn(LocalDate applicationDate, Optional<Instant> submittedAt) {
        return dossierOn(applicationDate, submittedAt, List.of());
    }

    /**
     * As {@link #dossierOn(LocalDate, Optional)}, with what the service's own register holds for the applicant
     * ({@code register}), which is authoritative for those certificates (R14, R64).
     */
    public Dossier dossierOn(LocalDate applicationDate, Optional<Instant> submittedAt,
                             List<IssuedCertificate> register) {
        return DossierAssembly.assemble(s, applicationDate, submittedAt, register);
    }

    /** What the rules read of the applicant's register entries for an evaluation on {@code applicationDate}. */
    public RegisterExcerpt registerExcerpt(LocalDate applicationDate) {
        return RegisterExcerpt.of(s, applicationDate);
    }

    /**
     * The rules' evaluation of the request on {@code applicationDate}, with what the request itself gives an officer
     * to look at ({@link RequestReview}: identity, register contradictions).
     */
    public Evaluation evaluate(CertificationRules rules, LocalDate applicationDate, Optional<Instant> submittedAt,
                               List<IssuedCertificate> register) {
        // R21, R70: what an unavailable registry would have supplied is the applicant's upload
        Evaluation evaluation = RegistryFallback.applyTo(rules.evaluate(dossierOn(applicationDate, submittedAt,
                register)), RegistryFallback.unavailable(s));
        return evaluation.withReviewNotes(RequestReview.notes(s, register, applicationDate));
    }

    /**
     * The evaluation stored at the submission, with what registries that answered since raise for the officer
     * (R21, R70: a late answer that differs from the declaration; R68: a prohibition reported late); empty before
     * the submission.
     */
    public Optional<Evaluation> evaluationAsSubmitted() {
        return s.submission().map(sub -> sub.evaluation().withReviewNotes(RegistryFallback.notesAfterSubmission(s)));
    }

    /** Whether the request may be submitted now, and if not, why (R22; see {@link SubmissionReadiness}). */
    public SubmissionReadiness submissionReadiness() {
        return SubmissionReadiness.of(s);
    }

    /** The exact text the applicant signs with EDS (R17): canonical, so that its digest is stable. */
    public String contentToSign() {
        return SigningContent.of(s);
    }

    /** Lowercase hex SHA-256 of {@link #contentToSign()}, which the EDS signs. */
    public String contentDigest() {
        return SigningContent.digest(contentToSign());
    }

    private RegistryFetch fetch(StateRegistry registry) {
        return s.fetches().stream().filter(f -> f.registry() == registry).findFirst()
                .orElseThrow(() -> new IllegalStateException(registry + " was not asked for request " + s.id()));
    }

    private List<RegistryFetch> replace(StateRegistry registry, RegistryFetch updated) {
        return s.fetches().stream().map(f -> f.registry() == registry ? updated : f).toList();
    }

    private void requireStatus(RequestStatus expected, DomainText action) {
        if (s.status() != expected) {
            throw stepNotAllowed(action);
        }
    }

    private CertificationRequest next(RequestState updated, RequestStatus status, HistoryEntry entry) {
        List<HistoryEntry> history = new ArrayList<>(updated.history());
        history.add(entry);
        return new CertificationRequest(updated.withStatus(status).withHistory(history));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertificationRequest other && s.id().equals(other.s.id());
    }

    @Override
    public int hashCode() {
        return Objects.hash(s.id());
    }

    // R78, row 7(2): a result is issued no earlier than the day the application counts as accepted (IssueDate)
    private void requireNotBeforeRegistration(LocalDate issuedOn) {
        LocalDate registeredOn = s.submission().map(Submission::registeredOn).orElseThrow();
        if (issuedOn.isBefore(registeredOn)) {
            throw new IllegalArgumentException("a certificate of request " + s.id() + " is dated " + issuedOn
                    + ", before its registration day " + registeredOn + " (R78)");
        }
    }
}
