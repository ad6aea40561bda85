package kz.medcert.application.service;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.SubmitRequestUseCase;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.SignatureVerifier;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.calendar.ServiceDeadline;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RegistryFetch;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RequestStatus;
import kz.medcert.domain.request.Submission;
import kz.medcert.domain.request.UploadSlot;
import kz.medcert.domain.request.UploadSlots;

/**
 * Submission (R17, R22, R73, R78): the rules evaluate the request as of the submission moment; every mandatory upload
 * must be there; the EDS must sign exactly the current content; then the request is registered with its due date and
 * the evaluation is stored beside it.
 */
public final class SubmitRequestService implements SubmitRequestUseCase {
    private final CertificationRequestRepository repository;
    private final SignatureVerifier signatures;
    private final CertificationRules rules;
    private final RequestViews views;
    private final Clock clock;

    @Inject
    public SubmitRequestService(CertificationRequestRepository repository, SignatureVerifier signatures,
                                CertificationRules rules, RequestViews views, Clock clock) {
        this.repository = repository;
        this.signatures = signatures;
        this.rules = rules;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public SubmitResult submit(Actor actor, RequestId id, String signature) {
        CertificationRequest request = views.loadForChange(actor, id, "submit requests");
        if (request.status() == RequestStatus.ACCEPTED || request.status() == RequestStatus.ISSUED) {
            throw new RequestConflictException("request " + id + " is already submitted");
        }
        if (request.status() != RequestStatus.AWAITING_DOCUMENTS) {
            List<RegistryFetch> waiting = request.state().fetches().stream().filter(f -> !f.done()).toList();
            return new SubmitResult.NotReady(request.status(), waiting);
        }
        Instant now = clock.instant();
        // one reading of the clock: the application date is the day of the submission moment (R11, R78)
        LocalDate applicationDate = KazakhstanTime.localDateTime(now).toLocalDate();
        Evaluation evaluation = rules.evaluate(request.dossierOn(applicationDate, Optional.of(now)));
        List<UploadSlot> missing = UploadSlots.missing(evaluation, request.state().attachments());
        if (!missing.isEmpty()) {
            return new SubmitResult.MissingUploads(missing);
        }
        String content = request.contentToSign();
        if (!signatures.verify(content.getBytes(StandardCharsets.UTF_8), signature, request.state().applicant().iin())) {
            return new SubmitResult.InvalidSignature(request.contentDigest());
        }
        ServiceDeadline deadline = evaluation.deadline().orElseThrow();
        Submission submission = new Submission(now, deadline.registeredOn(), deadline.decisionDue(),
                request.contentDigest(), signature, evaluation);
        try {
            return new SubmitResult.Accepted(views.view(repository.update(request.submitted(submission,
                    actor.auditLabel()))));
        } catch (ConcurrentUpdateException e) {
            throw new RequestConflictException("request " + id + " changed while it was submitted; reload and sign "
                    + "again");
        }
    }
}
