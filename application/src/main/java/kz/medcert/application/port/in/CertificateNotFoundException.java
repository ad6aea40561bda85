package kz.medcert.application.port.in;

import kz.medcert.domain.certificate.CertificateNumber;

/** No certificate with this number (or none the caller may act on). */
public class CertificateNotFoundException extends RuntimeException {
    public CertificateNotFoundException(CertificateNumber number) {
        super("no certificate " + number.value());
    }
}
