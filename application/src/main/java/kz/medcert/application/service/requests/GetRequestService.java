package kz.medcert.application.service.requests;

import jakarta.inject.Inject;
import kz.medcert.application.port.in.requests.GetRequestUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.service.RequestViews;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.RequestId;

/** Reads a request with its evaluation and upload slots, for those who may see it. */
public final class GetRequestService implements GetRequestUseCase {
    private final RequestViews views;

    @Inject
    public GetRequestService(RequestViews views) {
        this.views = views;
    }

    @Override
    public RequestView get(Actor actor, RequestId id) {
        return views.view(views.loadForReading(actor, id));
    }
}
