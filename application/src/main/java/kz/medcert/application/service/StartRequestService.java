package kz.medcert.application.service;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import kz.medcert.application.port.in.RequestView;
import kz.medcert.application.port.in.StartRequestUseCase;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;

/** Starts a request awaiting consent. */
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
    public RequestView start(StartRequestCommand command) {
        CertificationRequest request = CertificationRequest.start(new RequestId(UUID.randomUUID()),
                command.applicant(), command.form(), clock.instant());
        return views.view(repository.add(request));
    }
}
