package kz.medcert.application.port.out;

import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.request.CertificationRequest;

/**
 * Storing a decision to issue a certificate with the certificate's register entry, in one transaction: a request is
 * never ISSUED without its register entry, nor an entry registered for a request left undecided (R75). Each write
 * checks the request's version and audits it as {@link Requests#save} does.
 */
public interface CertificateIssuing {

    /**
     * {@link Requests#save} and the registration of the certificate the request's decision issues, in one
     * transaction. The entries the new one replaces are marked in the same transaction, as
     * {@link CertificateRegister#add} marks them, and audited as steps of the decision (its history's last entry:
     * when and by whom).
     *
     * @throws ConcurrentUpdateException when someone else changed the request since it was read; nothing is stored
     * @throws IllegalStateException     when the certificate's number is already registered
     */
    CertificationRequest issue(CertificationRequest request, IssuedCertificate certificate);

    /**
     * Issues a certificate under the next serial: draws the next serial of {@code year} and with it lets
     * {@code decision} make the request's decision and its register entry, then stores both as {@link #issue} does,
     * with the decision's notifications in the {@link Outbox}, all in one transaction. A decision that loses a race
     * (the request changed since it was read) rolls its serial back with the rest, so that no number is burnt: the
     * serials of a year have no gaps.
     *
     * @return the request as stored, and the entry registered
     * @throws ConcurrentUpdateException when someone else changed the request since it was read
     * @throws IllegalStateException     when the certificate's number is already registered
     */
    IssuedRequest issueUnderNextSerial(Year year, LongFunction<IssuedRequest> decision);

    /**
     * A request with the decision to issue, the register entry of the certificate it issues, and the notifications
     * the decision causes (stored in the {@link Outbox} in the same transaction).
     */
    record IssuedRequest(CertificationRequest request, IssuedCertificate certificate,
                         List<Notification> notifications) {
        public IssuedRequest {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(certificate, "certificate");
            notifications = List.copyOf(notifications);
        }

        public IssuedRequest(CertificationRequest request, IssuedCertificate certificate) {
            this(request, certificate, List.of());
        }
    }
}
