package kz.medcert.application.port.in.requests;

import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.RequestId;

/** Asks the state registries (P9, P24; R62–R69); a registry that fails is retried later (R21, R70). */
public interface FetchRegistriesUseCase {

    /**
     * Asks every registry whose turn has come for the applicant's own request.
     *
     * @throws AccessDeniedException    when {@code actor} is not an applicant
     * @throws RequestNotFoundException when there is no such request of theirs
     */
    RequestView fetch(Actor actor, RequestId id);

    /**
     * The service itself: retries the registries of waiting requests whose retry time has come; returns how many were
     * retried.
     */
    int retryDue(int limit);
}
