package kz.medcert.application.fakes;

import java.time.Clock;
import java.time.Duration;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.application.port.out.CertificationRequestRepositoryContract;
import kz.medcert.application.port.out.Outbox;

/** The in-memory fake keeps the repository contract, so service tests that use it test what production does. */
class InMemoryCertificationRequestRepositoryTest extends CertificationRequestRepositoryContract {
    private final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    private final InMemoryCertificationRequestRepository repository = new InMemoryCertificationRequestRepository(
            register, InMemoryCertificationRequestRepository.DEFAULT_RETRY_LEASE, SETTLE, Clock.systemUTC());

    @Override
    protected CertificationRequestRepository repository() {
        return repository;
    }

    @Override
    protected CertificationRequestRepository anotherInstance(Duration retryLease, Duration settle) {
        return repository.anotherInstance(retryLease, settle);
    }

    @Override
    protected CertificateRegister register() {
        return register;
    }

    @Override
    protected Outbox outbox() {
        return register.outbox();
    }

    @Override
    protected Outbox outboxOfAnotherInstance() {
        return register.outbox().anotherInstance();
    }
}
