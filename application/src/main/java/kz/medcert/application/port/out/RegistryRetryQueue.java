package kz.medcert.application.port.out;

import java.util.List;
import kz.medcert.domain.request.RequestId;

/** The requests whose state registries are to be asked again, and which instance of the service asks them. */
public interface RegistryRetryQueue {

    /**
     * Requests that still ask a registry ({@link kz.medcert.domain.request.RequestState#asksRegistries()}): waiting
     * for the registries, or gone on without one unavailable for the applicant, up to the decision (R21, R70), that
     * this instance of the service is to retry; oldest first, at most {@code limit}. Where several instances share
     * the store, each request is claimed by one of them for a while (a lease it renews with each call), so that no
     * retry runs twice, and the claims of an instance that stopped lapse and pass to another. A request that a write
     * just left waiting, with no registry asked yet, is left to that write's instance for a settle time.
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    List<RequestId> claimDue(int limit);
}
