package kz.medcert.application.port.out;

import java.util.Objects;

/**
 * The ports of one store of requests as one instance of the service sees them: what the request store's contracts
 * exercise. An adapter may implement them in one class or in several that share the store.
 */
public record RequestStorePorts(Requests requests, IdempotentStarts idempotentStarts, CertificateIssuing issuing,
                                RequestAttachments attachments, ApplicantRequests applicantRequests,
                                DecisionQueue decisionQueue, RegistryRetryQueue retryQueue) {
    public RequestStorePorts {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(idempotentStarts, "idempotentStarts");
        Objects.requireNonNull(issuing, "issuing");
        Objects.requireNonNull(attachments, "attachments");
        Objects.requireNonNull(applicantRequests, "applicantRequests");
        Objects.requireNonNull(decisionQueue, "decisionQueue");
        Objects.requireNonNull(retryQueue, "retryQueue");
    }

    /** The ports of an adapter that implements them all in one object. */
    public static <S extends Requests & IdempotentStarts & CertificateIssuing & RequestAttachments & ApplicantRequests
            & DecisionQueue & RegistryRetryQueue> RequestStorePorts of(S store) {
        return new RequestStorePorts(store, store, store, store, store, store, store);
    }
}
