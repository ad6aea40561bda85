package kz.medcert.application.port.in.requests;

import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.RequestId;

/** Reads a request: status, checklist with what is satisfied, deadline, fetched data with source, history. */
public interface GetRequestUseCase {

    /**
     * The request, for its applicant, an officer of the department of the applicant's region (R71), or an
     * administrator.
     *
     * @throws RequestNotFoundException when there is none that {@code actor} may read
     */
    RequestView get(Actor actor, RequestId id);
}
