package kz.medcert.application.port.in.requests;

import java.util.List;
import java.util.Objects;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.decisions.OfficerQueueUseCase;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.request.RequestState;

/** The applicant's own requests (R80: the status in the personal account), the newest first, a page at a time. */
public interface ListRequestsUseCase {

    /** The most requests one page shows. */
    int MAX_PAGE = 100;

    /**
     * One page of the requests the applicant started, the newest first, with how many there are in all. Officers
     * keep their queue ({@link OfficerQueueUseCase}): anyone but an applicant is refused with
     * {@link AccessDeniedException}.
     *
     * @param offset how many of the newest to pass over (0 or more)
     * @param limit  how many to show (1 to {@link #MAX_PAGE})
     */
    RequestList list(Actor actor, int offset, int limit);

    /** A page of the applicant's requests and how many there are in all. */
    record RequestList(List<RequestSummary> requests, long total, int offset, int limit) {
        public RequestList {
            requests = List.copyOf(requests);
        }
    }

    /** One request, with the name of the specialty it is for. */
    record RequestSummary(RequestState request, LocalizedText specialtyName) {
        public RequestSummary {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(specialtyName, "specialtyName");
        }
    }
}
