package kz.medcert.application.service.requests;

import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.requests.ListRequestsUseCase;
import kz.medcert.application.port.out.ApplicantRequests;
import kz.medcert.application.port.out.ApplicantRequests.RequestPage;
import kz.medcert.application.service.RequestAccess;
import kz.medcert.application.service.SpecialtyNames;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.reference.SpecialtyCatalogue;

/** The applicant's own requests, the newest first: the repository pages, so only the page's requests are read. */
public final class ListRequestsService implements ListRequestsUseCase {
    private final ApplicantRequests repository;
    private final SpecialtyNames specialties;

    @Inject
    public ListRequestsService(ApplicantRequests repository, SpecialtyCatalogue catalogue) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.specialties = new SpecialtyNames(Objects.requireNonNull(catalogue, "catalogue"));
    }

    @Override
    public RequestList list(Actor actor, int offset, int limit) {
        Actor.Applicant applicant = RequestAccess.applicant(actor, ServiceText.ACTION_LIST_REQUESTS);
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("a page starts at 0 or later and shows 1 to " + MAX_PAGE
                    + " requests, not offset " + offset + " and limit " + limit);
        }
        RequestPage page = repository.startedBy(applicant.iin(), offset, limit);
        return new RequestList(page.page().stream()
                // the port filters already; checked again so that no one else's request ever shows
                .filter(r -> RequestAccess.mayChange(actor, r.state()))
                .map(r -> new RequestSummary(r.state(), specialties.name(r.state().form().target())))
                .toList(), page.total(), offset, limit);
    }
}
