package kz.medcert.application.service.decisions;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.decisions.ObjectToRefusalUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.Requests;
import kz.medcert.application.service.RequestViews;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.calendar.KazakhstanTime;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;

/** The applicant objects to a preliminary refusal within the hearing window (R91 and the hearing it needs). */
public final class ObjectToRefusalService implements ObjectToRefusalUseCase {
    private final Requests repository;
    private final RequestViews views;
    private final Clock clock;

    @Inject
    public ObjectToRefusalService(Requests repository, RequestViews views, Clock clock) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.views = Objects.requireNonNull(views, "views");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RequestView object(Actor actor, RequestId id, String text) {
        CertificationRequest request = views.loadForChange(actor, id, ServiceText.ACTION_OBJECT);
        Instant now = clock.instant();
        CertificationRequest objected;
        try {
            objected = request.objected(text, KazakhstanTime.date(now), actor.auditLabel(),
                    now);
        } catch (IllegalStateException e) {
            throw RequestConflictException.of(e);
        }
        try {
            return views.view(repository.save(objected));
        } catch (ConcurrentUpdateException e) {
            throw new RequestConflictException(ServiceText.REQUEST_DECIDED_MEANWHILE.message().with("request", id));
        }
    }
}
