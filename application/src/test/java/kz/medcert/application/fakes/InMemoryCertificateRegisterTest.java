package kz.medcert.application.fakes;

import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.CertificateRegisterContract;

/** The in-memory register keeps the register contract, the expiry report included, as the JDBI adapter does. */
class InMemoryCertificateRegisterTest extends CertificateRegisterContract {
    private final InMemoryCertificateRegister register = new InMemoryCertificateRegister();

    @Override
    protected CertificateRegister register() {
        return register;
    }
}
