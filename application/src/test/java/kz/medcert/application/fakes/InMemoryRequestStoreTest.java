package kz.medcert.application.fakes;

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
 * The in-memory fake keeps the contract of each port of the request store, so service tests that use it test what
 * production does: a fresh store for each test.
 */
class InMemoryRequestStoreTest implements RequestStoreUnderTest {
    private final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    private final InMemoryCertificationRequestRepository store = new InMemoryCertificationRequestRepository(
            register, InMemoryCertificationRequestRepository.DEFAULT_RETRY_LEASE, RequestStoreContract.SETTLE,
            Clock.systemUTC());

    @Override
    public RequestStorePorts ports() {
        return RequestStorePorts.of(store);
    }

    @Override
    public RequestStorePorts anotherInstance(Duration retryLease, Duration settle) {
        return RequestStorePorts.of(store.anotherInstance(retryLease, settle));
    }

    @Override
    public CertificateRegister register() {
        return register;
    }

    @Override
    public Outbox outbox() {
        return register.outbox();
    }

    @Override
    public Outbox outboxOfAnotherInstance() {
        return register.outbox().anotherInstance();
    }

    @Nested
    class Requests extends RequestsContract {
        @Override
        protected RequestStoreUnderTest store() {
            return InMemoryRequestStoreTest.this;
        }
    }

    @Nested
    class IdempotentStarts extends IdempotentStartsContract {
        @Override
        protected RequestStoreUnderTest store() {
            return InMemoryRequestStoreTest.this;
        }
    }

    @Nested
    class CertificateIssuing extends CertificateIssuingContract {
        @Override
        protected RequestStoreUnderTest store() {
            return InMemoryRequestStoreTest.this;
        }
    }

    @Nested
    class RequestAttachments extends RequestAttachmentsContract {
        @Override
        protected RequestStoreUnderTest store() {
            return InMemoryRequestStoreTest.this;
        }
    }

    @Nested
    class ApplicantRequests extends ApplicantRequestsContract {
        @Override
        protected RequestStoreUnderTest store() {
            return InMemoryRequestStoreTest.this;
        }
    }

    @Nested
    class DecisionQueue extends DecisionQueueContract {
        @Override
        protected RequestStoreUnderTest store() {
            return InMemoryRequestStoreTest.this;
        }
    }

    @Nested
    class RegistryRetryQueue extends RegistryRetryQueueContract {
        @Override
        protected RequestStoreUnderTest store() {
            return InMemoryRequestStoreTest.this;
        }
    }

    @Nested
    class Outboxes extends OutboxContract {
        @Override
        protected RequestStoreUnderTest store() {
            return InMemoryRequestStoreTest.this;
        }
    }
}
