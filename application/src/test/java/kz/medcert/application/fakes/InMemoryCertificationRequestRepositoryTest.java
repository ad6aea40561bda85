package kz.medcert.application.fakes;

import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.application.port.out.CertificationRequestRepositoryContract;

/** The in-memory fake keeps the repository contract, so service tests that use it test what production does. */
class InMemoryCertificationRequestRepositoryTest extends CertificationRequestRepositoryContract {
    private final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    private final InMemoryCertificationRequestRepository repository =
            new InMemoryCertificationRequestRepository(register);

    @Override
    protected CertificationRequestRepository repository() {
        return repository;
    }

    @Override
    protected CertificateRegister register() {
        return register;
    }
}
