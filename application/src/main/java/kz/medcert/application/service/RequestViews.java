package kz.medcert.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.Requests;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.evaluation.CertificationRules;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;
import kz.medcert.domain.request.RegistryFallback;
import kz.medcert.domain.request.UploadSlots;

/** Loads requests and shows them with their evaluation: as submitted, or as the rules see them today. */
public final class RequestViews {
    private final Requests repository;
    private final CertificateRegister register;
    private final CertificationRules rules;
    private final Clock clock;

    @Inject
    public RequestViews(Requests repository, CertificateRegister register,
                        CertificationRules rules, Clock clock) {
        this.repository = repository;
        this.register = register;
        this.rules = rules;
        this.clock = clock;
    }

    public CertificationRequest load(RequestId id) {
        return repository.find(id).orElseThrow(() -> new RequestNotFoundException(id));
    }

    /**
     * The request, for its own applicant to change; anyone else is refused ({@code action} says what they tried), and
     * another applicant's request is not found, so that its existence does not leak.
     */
    public CertificationRequest loadForChange(Actor actor, RequestId id, ServiceText action) {
        RequestAccess.applicant(actor, action);
        return repository.find(id).filter(request -> RequestAccess.mayChange(actor, request.state()))
                .orElseThrow(() -> new RequestNotFoundException(id));
    }

    /** The request, if {@code actor} may read it; not found otherwise. */
    public CertificationRequest loadForReading(Actor actor, RequestId id) {
        RequestAccess.requireReader(actor);
        return repository.find(id).filter(request -> RequestAccess.mayRead(actor, request.state()))
                .orElseThrow(() -> new RequestNotFoundException(id));
    }

    /**
     * The request with its evaluation: as submitted (with what registries that answered since raise, R21, R70), or
     * as the rules see it today; each upload slot names the registry it stands in for, if any.
     */
    public RequestView view(CertificationRequest request) {
        Evaluation evaluation = request.evaluationAsSubmitted()
                .orElseGet(() -> evaluate(request, today(), Optional.empty()));
        return new RequestView(request.state(), evaluation, UploadSlots.of(evaluation,
                request.state().attachments(), RegistryFallback.unavailable(request.state())), request.contentToSign(),
                request.contentDigest());
    }

    /**
     * The rules' evaluation of the request on {@code applicationDate}, with the service's register entries of the
     * applicant (authoritative for those certificates, R14, R64) and the request's own review notes.
     */
    public Evaluation evaluate(CertificationRequest request, LocalDate applicationDate, Optional<Instant> submittedAt) {
        return request.evaluate(rules, applicationDate, submittedAt,
                register.excerpt(request.registerExcerpt(applicationDate)));
    }

    /** Today in the provider's zone, Asia/Almaty (R77). */
    public LocalDate today() {
        return KazakhstanTime.date(clock.instant());
    }
}
