package kz.medcert.application.port.in.certificates;

import kz.medcert.application.port.in.ExplainedException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.domain.certificate.CertificateNumber;

/** No certificate with this number (or none the caller may act on). */
public class CertificateNotFoundException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    private final transient CertificateNumber number;

    public CertificateNotFoundException(CertificateNumber number) {
        super(ServiceText.CERTIFICATE_NOT_FOUND.message().with("number", number.value()));
        this.number = number;
    }

    public CertificateNumber number() {
        return number;
    }
}
