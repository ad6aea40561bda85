package kz.medcert.application.port.in.certificates;

import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.evaluation.Ground;

/** An officer revokes a certificate on a court decision (R88, R89), stating the ground and the decision. */
public interface RevokeCertificateUseCase {

    /** The grounds a certificate is revoked on: the two court decisions of the refusal list. */
    java.util.Set<Ground> REVOCATION_GROUNDS = java.util.EnumSet.of(Ground.GROUND_4_COURT_PROHIBITION,
            Ground.GROUND_5_SPECIAL_RIGHT_DEPRIVED);

    /**
     * Revokes the certificate from today; the entry is kept, with the revocation, and public verification shows it
     * REVOKED. Only an officer of the issuing department revokes.
     *
     * @throws CertificateNotFoundException when there is no such certificate, or it is another department's
     * @throws RequestConflictException     when it is already revoked (e.g. by another officer just now)
     * @throws IllegalArgumentException     for a ground other than a court decision, or a blank reason
     */
    IssuedCertificate revoke(Actor officer, CertificateNumber number, Ground ground, String reason);
}
