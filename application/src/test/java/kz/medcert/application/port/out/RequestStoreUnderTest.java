package kz.medcert.application.port.out;

import java.time.Duration;

/**
 * A store of requests for the contracts of its ports ({@link RequestsContract} and its siblings): written once per
 * adapter (the in-memory fake, JDBI on HSQLDB, JDBI on PostgreSQL) and handed to every contract, so that the
 * contracts' fixtures are written once too. Empty at the start of each test.
 */
public interface RequestStoreUnderTest {

    /** The ports of this instance of the service, the same objects throughout one test. */
    RequestStorePorts ports();

    /**
     * The ports of another instance of the service on the same store: claims of its own, retried for
     * {@code retryLease}, leaving requests that just began to wait to their writer for {@code settle}.
     */
    RequestStorePorts anotherInstance(Duration retryLease, Duration settle);

    /** The certificate register in the same store. */
    CertificateRegister register();

    /** The outbox in the same store, of this instance of the service. */
    Outbox outbox();

    /** The outbox as another instance of the service on the same store sees it: claims of its own. */
    Outbox outboxOfAnotherInstance();
}
