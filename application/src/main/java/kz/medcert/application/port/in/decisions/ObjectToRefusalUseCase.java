package kz.medcert.application.port.in.decisions;

import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.RequestId;

/** The applicant's side of the hearing: an objection to a preliminary refusal, before the officer decides finally. */
public interface ObjectToRefusalUseCase {

    /**
     * Records the objection of the request's own applicant.
     *
     * @throws RequestNotFoundException when the request is not theirs (or not there)
     * @throws RequestConflictException when no refusal is proposed, the window has ended or they already objected
     * @throws IllegalArgumentException when the text is blank or too long
     */
    RequestView object(Actor applicant, RequestId id, String text);
}
