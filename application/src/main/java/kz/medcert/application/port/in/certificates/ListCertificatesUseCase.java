package kz.medcert.application.port.in.certificates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.LocalizedText;

/**
 * A holder's certificates in the register (R75), the newest first, each with its status today in Almaty (R14, R78,
 * R79, R88), including those a later one replaced: the register keeps them all.
 */
public interface ListCertificatesUseCase {

    /**
     * The certificates of {@code holder} that {@code actor} may see: an applicant their own (naming no holder, or
     * themselves); an officer, of a holder who has a request in the officer's department (R71) all of them, otherwise
     * those the department issued; an administrator all of anyone's.
     *
     * @throws HolderNotFoundException  when the actor may see none of the holder's certificates: another person for an
     *                                  applicant, a holder out of the department's reach for an officer (answered as
     *                                  for a holder with no certificates, so that existence does not leak)
     * @throws IllegalArgumentException when an officer or administrator names no holder
     * @throws AccessDeniedException    for the service's own processes
     */
    HolderCertificates list(Actor actor, Optional<Iin> holder);

    /** The holder, the day the statuses were judged on, and the certificates, the newest first. */
    record HolderCertificates(Iin holder, LocalDate checkedOn, List<HeldEntry> certificates) {
        public HolderCertificates {
            Objects.requireNonNull(holder, "holder");
            Objects.requireNonNull(checkedOn, "checkedOn");
            certificates = List.copyOf(certificates);
        }
    }

    /** One register entry, its status on the day asked, and the name of its specialty. */
    record HeldEntry(IssuedCertificate certificate, CertificateStatus status, LocalizedText specialtyName) {
        public HeldEntry {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(specialtyName, "specialtyName");
        }
    }
}
