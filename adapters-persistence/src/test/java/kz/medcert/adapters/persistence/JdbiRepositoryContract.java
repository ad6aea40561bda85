package kz.medcert.adapters.persistence;

import java.time.Clock;
import java.time.Duration;
import kz.medcert.application.port.out.ApplicantRequestsContract;
import kz.medcert.application.port.out.CertificateIssuingContract;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.DecisionQueueContract;
import kz.medcert.application.port.out.IdempotentStartsContract;
import kz.medcert.application.port.out.Outbox;
import kz.medcert.application.port.out.OutboxContract;
import kz.medcert.application.port.out.RegistryRetryQueueContract;
import kz.medcert.application.port.out.RequestAttachmentsContract;
import kz.medcert.application.port.out.RequestStoreContract;
import kz.medcert.application.port.out.RequestStorePorts;
import kz.medcert.application.port.out.RequestStoreUnderTest;
import kz.medcert.application.port.out.RequestsContract;
import org.junit.jupiter.api.Nested;

/**
 * The contracts of the request store's ports on the JDBI adapters, whatever the database: the store, the register and
 * the outbox of one service instance, and those of another on the same database, each contract run as a nested class.
 * Each subclass hands out an empty, migrated database per test.
 */
abstract class JdbiRepositoryContract implements RequestStoreUnderTest {
    private JdbiCertificationRequestRepository repository;
    private Outbox outbox;

    /** An empty, migrated database, fresh for each test. */
    protected abstract Database database();

    /** The adapter of this instance of the service, the same throughout one test. */
    protected JdbiCertificationRequestRepository repository() {
        if (repository == null) {
            repository = adapter(JdbiCertificationRequestRepository.DEFAULT_RETRY_LEASE, RequestStoreContract.SETTLE);
        }
        return repository;
    }

    private JdbiCertificationRequestRepository adapter(Duration retryLease, Duration settle) {
        return new JdbiCertificationRequestRepository(database().jdbi(), retryLease, settle, Clock.systemUTC());
    }

    @Override
    public RequestStorePorts ports() {
        return RequestStorePorts.of(repository());
    }

    @Override
    public RequestStorePorts anotherInstance(Duration retryLease, Duration settle) {
        return RequestStorePorts.of(adapter(retryLease, settle));
    }

    @Override
    public CertificateRegister register() {
        return new JdbiCertificateRegister(database().jdbi());
    }

    @Override
    public Outbox outbox() {
        if (outbox == null) {
            outbox = outboxOfAnotherInstance();
        }
        return outbox;
    }

    @Override
    public Outbox outboxOfAnotherInstance() {
        return new JdbiOutbox(database().jdbi());
    }

    @Nested
    class Requests extends RequestsContract {
        @Override
        protected RequestStoreUnderTest store() {
            return JdbiRepositoryContract.this;
        }
    }

    @Nested
    class IdempotentStarts extends IdempotentStartsContract {
        @Override
        protected RequestStoreUnderTest store() {
            return JdbiRepositoryContract.this;
        }
    }

    @Nested
    class CertificateIssuing extends CertificateIssuingContract {
        @Override
        protected RequestStoreUnderTest store() {
            return JdbiRepositoryContract.this;
        }
    }

    @Nested
    class RequestAttachments extends RequestAttachmentsContract {
        @Override
        protected RequestStoreUnderTest store() {
            return JdbiRepositoryContract.this;
        }
    }

    @Nested
    class ApplicantRequests extends ApplicantRequestsContract {
        @Override
        protected RequestStoreUnderTest store() {
            return JdbiRepositoryContract.this;
        }
    }

    @Nested
    class DecisionQueue extends DecisionQueueContract {
        @Override
        protected RequestStoreUnderTest store() {
            return JdbiRepositoryContract.this;
        }
    }

    @Nested
    class RegistryRetryQueue extends RegistryRetryQueueContract {
        @Override
        protected RequestStoreUnderTest store() {
            return JdbiRepositoryContract.this;
        }
    }

    @Nested
    class Outboxes extends OutboxContract {
        @Override
        protected RequestStoreUnderTest store() {
            return JdbiRepositoryContract.this;
        }
    }
}
