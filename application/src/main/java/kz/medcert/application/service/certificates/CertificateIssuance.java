package kz.medcert.application.service.certificates;

import java.time.LocalDate;
import java.util.Objects;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.request.CertificateDraft;
import kz.medcert.domain.request.RequestState;

/**
 * Drafts the register entry a decision to issue creates, as the domain decides it ({@link CertificateDraft}: R14,
 * R15, R75, R79), from the certificate the register holds in the request's specialty. Shared by the officer's
 * decision and the automatic confirmation.
 */
public final class CertificateIssuance {
    private final CertificateRegister register;

    public CertificateIssuance(CertificateRegister register) {
        this.register = Objects.requireNonNull(register, "register");
    }

    /**
     * The entry numbered with {@code serial} of {@code issuedOn}'s year, drawn by the store in the transaction
     * that stores the decision (see {@code CertificateIssuing.issueUnderNextSerial}): a decision that is not
     * stored gives its serial back, so numbers never repeat and have no gaps.
     *
     * @throws RequestConflictException when the request was evaluated as the confirmation of a certificate revoked
     *                                  since (row 8 part B)
     */
    public IssuedCertificate draft(RequestState s, LocalDate issuedOn, long serial) {
        return CertificateDraft.of(s, issuedOn, serial, register.latestHeld(s.applicant().iin(), s.form().target()))
                .fold(CertificateDraft.Drafted::certificate, refused -> {
                    IssuedCertificate revoked = refused.revoked();
                    throw new RequestConflictException(ServiceText.CERTIFICATE_REVOKED_CANNOT_CONFIRM.message()
                            .with("number", revoked.number().value())
                            .with("day", revoked.revocation().orElseThrow().revokedOn()));
                });
    }
}
