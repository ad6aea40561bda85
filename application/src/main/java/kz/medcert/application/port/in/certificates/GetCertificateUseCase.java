package kz.medcert.application.port.in.certificates;

import java.util.Optional;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.certificate.CertificateNumber;

/**
 * A certificate with everything printed on it, for its holder to view or download (the PDF). It discloses the
 * holder's full name: expose it only behind authentication, to the holder (or an officer of the issuing department).
 * The caller's identity check belongs in the service and is still to come; until then no route may serve it.
 */
public interface GetCertificateUseCase {

    /** The certificate with this number, if the register holds it. */
    Optional<CertificateDocumentView> get(CertificateNumber number);

    /**
     * The certificate for its holder to download: an applicant gets only a certificate they hold (any other number is
     * empty, as if it did not exist); anyone else is refused with {@link AccessDeniedException}.
     */
    Optional<CertificateDocumentView> getForHolder(Actor actor, CertificateNumber number);
}
