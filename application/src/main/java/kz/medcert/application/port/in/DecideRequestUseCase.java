package kz.medcert.application.port.in;

import java.util.Objects;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.request.RequestId;

/** The officer's decision on an accepted request (R74, R75). */
public interface DecideRequestUseCase {

    /**
     * Issues the certificate: registers a new 5-year certificate (R14, R79) and marks the request ISSUED. Only an
     * officer of the request's department decides; a request they may not see is {@link RequestNotFoundException}; a
     * request not (or no longer) awaiting a decision, or decided concurrently, is {@link RequestConflictException}.
     */
    Issued issue(Actor officer, RequestId id);

    /** The number of the certificate issued and the request as it now stands. */
    record Issued(CertificateNumber number, RequestView request) {
        public Issued {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(request, "request");
        }
    }
}
