package kz.medcert.application.fakes;

import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.application.port.out.CertificationRequestRepositoryContract;

/** The in-memory fake keeps the repository contract, so service tests that use it test what production does. */
class InMemoryCertificationRequestRepositoryTest extends CertificationRequestRepositoryContract {

    @Override
    protected CertificationRequestRepository emptyRepository() {
        return new InMemoryCertificationRequestRepository();
    }
}
