package kz.medcert.application.service.requests;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.OptionalLong;
import kz.medcert.application.port.in.BusinessRuleException;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.StaleRequestException;
import kz.medcert.application.port.in.requests.AmendFormUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.Requests;
import kz.medcert.application.service.RequestViews;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.dossier.Dossier;
import kz.medcert.domain.reference.Explained;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;

/** Amends the declared form of the applicant's own request before the submission (R21, R70). */
public final class AmendFormService implements AmendFormUseCase {
    private final Requests repository;
    private final RequestViews views;
    private final Clock clock;

    @Inject
    public AmendFormService(Requests repository, RequestViews views, Clock clock) {
        this.repository = repository;
        this.views = views;
        this.clock = clock;
    }

    @Override
    public RequestView amend(Actor actor, RequestId id, AmendFormCommand command, OptionalLong seenVersion) {
        CertificationRequest request = views.loadForChange(actor, id, ServiceText.ACTION_AMEND_FORM);
        StaleRequestException.requireSeen(request, seenVersion);
        // the amended form keeps the request's provisional application date (R11: settled again at the submission)
        Dossier form = command.formOn().apply(request.state().form().applicationDate());
        CertificationRequest amended;
        try {
            amended = request.formAmended(form, command.details(), clock.instant(), actor.auditLabel());
        } catch (IllegalStateException e) {
            throw new RequestConflictException(ServiceText.REQUEST_STEP_REFUSED.message().with("request", id)
                    .with("reason", Explained.explanationOf(e)));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(field(e.getMessage()), Explained.explanationOf(e));
        }
        if (amended == request) {
            return views.view(request); // the same form again: nothing to record
        }
        try {
            return views.view(repository.save(amended));
        } catch (ConcurrentUpdateException e) {
            throw new RequestConflictException(ServiceText.REQUEST_CHANGED_AMEND_AGAIN.message().with("request", id));
        }
    }

    // The domain names the form's field it refuses first, in its English text ("category: ..."); the form as a whole otherwise
    private static String field(String message) {
        int colon = message.indexOf(':');
        String first = colon > 0 ? message.substring(0, colon) : "";
        return first.matches("[a-zA-Z]+") ? first : "form";
    }
}
