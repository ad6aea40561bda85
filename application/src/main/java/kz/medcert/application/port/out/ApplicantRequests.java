package kz.medcert.application.port.out;

import java.util.List;
import java.util.Optional;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.CertificationRequest;

/** The requests an applicant started, as their own list shows them. */
public interface ApplicantRequests {

    /**
     * One page of the requests {@code applicant} started, the newest first (by start moment, then id), with how many
     * there are in all.
     *
     * @param offset how many of the newest to pass over (0 or more)
     * @param limit  how many to return (1 or more)
     */
    RequestPage startedBy(Iin applicant, int offset, int limit);

    /**
     * The newest request {@code applicant} started, as {@link #startedBy} lists it first; without counting the others
     * (asked at every acceptance for the recipient's language, where a count cost as much as all the person's requests).
     */
    default Optional<CertificationRequest> latestStartedBy(Iin applicant) {
        return startedBy(applicant, 0, 1).page().stream().findFirst();
    }

    /** A page of {@link #startedBy}: its requests, and how many there are over all pages. */
    record RequestPage(List<CertificationRequest> page, long total) {
        public RequestPage {
            page = List.copyOf(page);
        }
    }
}
