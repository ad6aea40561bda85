package kz.medcert.application.port.in;

import kz.medcert.domain.request.RequestId;

/** Reads a request: status, checklist with what is satisfied, deadline, fetched data with source, history. */
public interface GetRequestUseCase {

    /** @throws RequestNotFoundException when there is none */
    RequestView get(RequestId id);
}
