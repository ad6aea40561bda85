package kz.medcert.application.port.in;

import java.util.OptionalLong;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.request.CertificationRequest;

/**
 * The caller decided on the version of a request it had read, and the request has changed since: someone else acted
 * on it in between. The caller reads it again and decides on what it now holds.
 */
public final class StaleRequestException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    public StaleRequestException(Message explanation) {
        super(explanation);
    }

    /** Refuses a step taken on {@code seenVersion} when {@code request} has moved on from it; none named: no check. */
    public static void requireSeen(CertificationRequest request, OptionalLong seenVersion) {
        if (seenVersion.isPresent() && seenVersion.getAsLong() != request.version()) {
            throw new StaleRequestException(ServiceText.REQUEST_STALE.message().with("request", request.id())
                    .with("seen", seenVersion.getAsLong()).with("version", request.version())
                    .with("status", request.status().localizedName()));
        }
    }
}
