package kz.medcert.application.port.out;

import static kz.medcert.application.testing.JourneyFixtures.started;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.medcert.domain.person.Iin;
import kz.medcert.domain.request.CertificationRequest;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotentStarts} promises: a request stored under its owner's key in the one transaction that
 * remembers the key, and a second use of the key storing nothing.
 */
public abstract class IdempotentStartsContract extends RequestStoreContract {
    @Test
    void addUnderKey_remembersTheRequest_andASecondUseOfTheKeyStoresNothing() {
        CertificationRequest first = started();
        Iin owner = first.state().applicant().iin();
        idempotentStarts().addUnderKey(first, new IdempotencyRecord(owner, "key-1", "digest-1", first.id()));
        CertificationRequest retry = started();

        assertThatThrownBy(() -> idempotentStarts().addUnderKey(retry, new IdempotencyRecord(owner, "key-1", "digest-1",
                retry.id()))).isInstanceOf(DuplicateIdempotencyKeyException.class);

        assertThat(idempotentStarts().findKey(owner, "key-1"))
                .contains(new IdempotencyRecord(owner, "key-1", "digest-1", first.id()));
        assertThat(requests().find(retry.id())).isEmpty();
        assertThat(idempotentStarts().findKey(owner, "key-2")).isEmpty();
    }
}
