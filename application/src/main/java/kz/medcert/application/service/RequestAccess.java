package kz.medcert.application.service;

import java.util.Optional;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.request.RequestState;

/**
 * Who may act on a request. Only its applicant changes it; its applicant, an officer of the territorial department of
 * the applicant's region (R71) and an administrator read it. A request the actor may not see is, to them, not there.
 */
public final class RequestAccess {

    private RequestAccess() {
    }

    /** The applicant who acts, or {@link AccessDeniedException} for anyone else. */
    public static Actor.Applicant applicant(Actor actor, ServiceText action) {
        if (actor instanceof Actor.Applicant applicant) {
            return applicant;
        }
        throw new AccessDeniedException(ServiceText.ONLY_APPLICANT_MAY.message().with("action", action.message()));
    }

    /** Whether {@code actor} may change the request: only the applicant it belongs to. */
    public static boolean mayChange(Actor actor, RequestState request) {
        return actor instanceof Actor.Applicant applicant && applicant.iin().equals(request.applicant().iin());
    }

    /** Refuses an actor who reads no request at all: the service itself reads through no use case. */
    public static void requireReader(Actor actor) {
        if (actor instanceof Actor.Automated) {
            throw new AccessDeniedException(ServiceText.ONLY_PARTIES_READ_REQUESTS.message());
        }
    }

    /** Whether {@code actor} may read the request. */
    public static boolean mayRead(Actor actor, RequestState request) {
        if (actor instanceof Actor.Officer officer) {
            return department(request).filter(officer.department()::equals).isPresent();
        }
        return actor instanceof Actor.Admin || mayChange(actor, request);
    }

    /**
     * The territorial department that receives the request: the one of the applicant's region of residence as the
     * state database of individuals holds it, or as declared where no registry holds an address (R71).
     */
    public static Optional<Department> department(RequestState request) {
        return request.identity().department();
    }
}
