package kz.medcert.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.RequestView;
import kz.medcert.application.port.in.StartRequestUseCase;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;

/** Starts a request awaiting consent, for the applicant themselves only. */
public final class StartRequestService implements StartRequestUseCase {
    private final CertificationRequestRepository repository;
    private final RequestViews views;
    private final Clock clock;

    @Inject
    public StartRequestService(CertificationRequestRepository repository, RequestViews views, Clock clock) {
        this.repository = repository;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public RequestView start(Actor actor, StartRequestCommand command) {
        Actor.Applicant applicant = RequestAccess.applicant(actor, "start a request");
        if (!applicant.iin().equals(command.applicant().iin())) {
            throw new AccessDeniedException("an applicant starts requests only for themselves");
        }
        CertificationRequest request = CertificationRequest.start(new RequestId(UUID.randomUUID()),
                command.applicant(), command.form(), clock.instant(), actor.auditLabel());
        return views.view(repository.add(request));
    }
}
