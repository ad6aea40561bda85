package kz.medcert.application.port.out;

import java.util.Objects;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.RequestId;

/**
 * The request an applicant's {@code Idempotency-Key} created, with the fingerprint of the body it came with, so that a
 * retry returns that request instead of creating a second one, and a different body under the same key is refused.
 */
public record IdempotencyRecord(Iin owner, String key, String fingerprint, RequestId requestId) {
    public IdempotencyRecord {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(requestId, "requestId");
    }
}
