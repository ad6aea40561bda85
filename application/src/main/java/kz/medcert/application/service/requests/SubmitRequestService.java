package kz.medcert.application.service.requests;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import kz.medcert.application.port.in.BusinessRuleException;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase;
import kz.medcert.application.port.out.ApplicantRequests;
import kz.medcert.application.port.out.CertificateIssuing;
import kz.medcert.application.port.out.CertificateIssuing.IssuedRequest;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.Requests;
import kz.medcert.application.port.out.SignatureCheck;
import kz.medcert.application.port.out.SignatureVerifier;
import kz.medcert.application.service.RecipientLanguage;
import kz.medcert.application.service.RequestInWords;
import kz.medcert.application.service.RequestViews;
import kz.medcert.application.service.certificates.CertificateIssuance;
import kz.medcert.application.service.DecisionSettings;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.calendar.ServiceDeadline;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.request.AutomaticConfirmation;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.IssueDate;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.Submission;
import kz.medcert.domain.request.SubmissionReadiness;
import kz.medcert.domain.request.UploadSlot;
import kz.medcert.domain.request.UploadSlots;

/**
 * Submission (R17, R22, R73, R78): the rules evaluate the request as of the submission moment; every mandatory upload
 * must be there; the EDS must sign exactly the current content (a signature that cannot be checked now leaves the
 * request as it was: neither accepted unchecked nor refused); then the request is registered with its due date and
 * the evaluation is stored beside it. On a confirmation route whose registry data match the declared certificate and
 * whose evaluation is eligible, the certificate is confirmed at once, without an officer (R14, R74; unless the
 * setting turns it off), dated the registration day (R78: after hours, the next working day), and registered in the
 * same transaction as the submission.
 */
public final class SubmitRequestService implements SubmitRequestUseCase {
    private final Requests repository;
    private final CertificateIssuing issuing;
    private final SignatureVerifier signatures;
    private final CertificationRules rules;
    private final RequestViews views;
    private final CertificateIssuance issuance;
    private final RecipientLanguage languages;
    private final DecisionSettings settings;
    private final Clock clock;

    @Inject
    public SubmitRequestService(Requests repository, CertificateIssuing issuing, ApplicantRequests applicants,
                                SignatureVerifier signatures,
                                CertificationRules rules, RequestViews views, CertificateRegister register,
                                DecisionSettings settings, Clock clock) {
        this.repository = repository;
        this.issuing = issuing;
        this.signatures = signatures;
        this.rules = rules;
        this.views = views;
        this.issuance = new CertificateIssuance(register);
        this.languages = new RecipientLanguage(applicants);
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public SubmitResult submit(Actor actor, RequestId id, String signature) {
        CertificationRequest request = views.loadForChange(actor, id, ServiceText.ACTION_SUBMIT);
        SubmissionReadiness readiness = request.submissionReadiness();
        if (readiness instanceof SubmissionReadiness.AlreadySubmitted submitted) {
            // a retry of the submission that was accepted (same signature) gets the same answer, and changes nothing
            if (submitted.signedWith(signature)) {
                return new SubmitResult.Accepted(views.view(request));
            }
            throw new RequestConflictException(DomainText.REQUEST_ALREADY_SUBMITTED.message().with("request", id));
        }
        if (readiness instanceof SubmissionReadiness.NotYet notYet) {
            return new SubmitResult.NotReady(notYet.status(), notYet.waitingFor());
        }
        if (readiness instanceof SubmissionReadiness.Barred barred) {
            throw new BusinessRuleException("applicant.iin", barred.reason());
        }
        Instant now = clock.instant();
        // one reading of the clock: the application date is the day of the submission moment (R11, R78)
        LocalDate applicationDate = KazakhstanTime.date(now);
        Evaluation evaluation = views.evaluate(request, applicationDate, Optional.of(now));
        List<UploadSlot> missing = UploadSlots.missing(evaluation, request.state().attachments());
        if (!missing.isEmpty()) {
            return new SubmitResult.MissingUploads(missing);
        }
        // R17, R81: the applicant's EDS over exactly the current content; a check that cannot be completed now stores
        // nothing, so that the same submission sent again is checked again
        SignatureCheck check = signatures.verify(request.contentToSign().getBytes(StandardCharsets.UTF_8), signature,
                request.state().applicant().iin());
        Optional<SubmitResult> refused = check.fold(valid -> Optional.empty(),
                invalid -> Optional.of(new SubmitResult.InvalidSignature(request.contentDigest(), invalid.reason(),
                        invalid.detail())),
                unavailable -> Optional.of(new SubmitResult.SignatureUncheckable(unavailable.what())));
        if (refused.isPresent()) {
            return refused.get();
        }
        ServiceDeadline deadline = evaluation.deadline().orElseThrow();
        Submission submission = new Submission(now, deadline.registeredOn(), deadline.decisionDue(),
                request.contentDigest(), signature, evaluation);
        CertificationRequest accepted = request.submitted(submission, actor.auditLabel());
        try {
            Language language = languages.of(accepted.state().applicant().iin());
            CertificationRequest stored = settings.automaticConfirmation()
                    && AutomaticConfirmation.assess(accepted.state(), evaluation)
                    instanceof AutomaticConfirmation.Verdict.Confirm
                    ? confirm(accepted, IssueDate.of(submission, applicationDate), now, language)
                    : repository.saveWithNotifications(accepted, List.of(acceptedNotice(accepted, language, now)));
            return new SubmitResult.Accepted(views.view(stored));
        } catch (ConcurrentUpdateException e) {
            // a retry of this very submission, sent at once (through this instance or another), got there first:
            // the answer is the one it got, as for a retry that comes after
            CertificationRequest stored = views.load(id);
            if (sameSubmission(stored, signature)) {
                return new SubmitResult.Accepted(views.view(stored));
            }
            throw new RequestConflictException(ServiceText.REQUEST_CHANGED_WHILE_SUBMITTED.message().with("request",
                    id));
        }
    }

    private static boolean sameSubmission(CertificationRequest request, String signature) {
        return request.submissionReadiness() instanceof SubmissionReadiness.AlreadySubmitted submitted
                && submitted.signedWith(signature);
    }

    // R14, R74: the request is accepted and decided in one write, with the certificate registered beside it (and the
    // one it confirms marked as replaced, R75); dated by IssueDate (R78: after hours, the next working day); the
    // serial is drawn in that write's transaction, so a lost race burns no number
    private CertificationRequest confirm(CertificationRequest accepted, LocalDate issuedOn, Instant now,
                                         Language language) {
        return issuing.issueUnderNextSerial(Year.from(issuedOn), serial -> {
            IssuedCertificate certificate = issuance.draft(accepted.state(), issuedOn, serial);
            return new IssuedRequest(accepted.confirmedAutomatically(certificate.number(), issuedOn, now),
                    certificate, List.of(acceptedNotice(accepted, language, now),
                    confirmedNotice(accepted, certificate, issuedOn, language, now)));
        }).request();
    }

    // R22: stored with the acceptance (the outbox), in the applicant's language, naming the request as they know it
    private static Notification acceptedNotice(CertificationRequest accepted, Language language, Instant now) {
        return new Notification(accepted.state().applicant().iin(), Notification.Kind.REQUEST_ACCEPTED,
                "request " + accepted.id(),
                RequestInWords.named(ServiceText.NOTIFY_SUBJECT_REQUEST_ACCEPTED.message(), accepted),
                RequestInWords.named(ServiceText.NOTIFY_REQUEST_ACCEPTED.message(), accepted)
                .with("due", accepted.state().submission().orElseThrow().decisionDue()), language, now);
    }

    // R14, R75: the automatic confirmation's certificate, stored with the decision
    private static Notification confirmedNotice(CertificationRequest accepted, IssuedCertificate certificate,
                                                LocalDate issuedOn, Language language, Instant now) {
        return new Notification(accepted.state().applicant().iin(), Notification.Kind.CERTIFICATE_ISSUED,
                "request " + accepted.id(), ServiceText.NOTIFY_SUBJECT_CERTIFICATE_ISSUED.message()
                .with("number", certificate.number().value()), ServiceText.NOTIFY_CONFIRMED_AUTOMATICALLY.message()
                .with("number", certificate.number().value()).with("issuedOn", issuedOn), language, now);
    }
}
