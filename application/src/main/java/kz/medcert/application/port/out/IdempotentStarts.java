package kz.medcert.application.port.out;

import java.util.Optional;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.CertificationRequest;

/**
 * Starting a request at most once per idempotency key of its owner: a client that repeats a start it got no answer to
 * finds the request its first attempt stored.
 */
public interface IdempotentStarts {

    /**
     * Stores a new request, as {@link Requests#add} does, and remembers it under its owner's idempotency key, in one
     * transaction.
     *
     * @throws DuplicateIdempotencyKeyException when the owner already used the key; nothing is stored then
     */
    CertificationRequest addUnderKey(CertificationRequest request, IdempotencyRecord idempotency);

    /** The request an owner's idempotency key created, if any. */
    Optional<IdempotencyRecord> findKey(Iin owner, String key);
}
