package kz.medcert.domain.request;

import java.util.List;
import java.util.Optional;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.dossier.HeldCertificate;

/**
 * The service's own register beside the certificates a state registry returned (R14, R64). The register is
 * authoritative for the certificates it holds: its entry replaces the registry's record of the same certificate, and
 * carries a revocation the registry may not know of (row 8 part B: a revoked certificate is never confirmed).
 */
final class CertificateRecords {

    private CertificateRecords() {
    }

    /** The register entry as a certificate the applicant holds; found in the service by definition. */
    static HeldCertificate held(IssuedCertificate entry) {
        return new HeldCertificate(entry.specialty(), entry.issuedOn(), entry.validUntil(), entry.isIndefinite(), true,
                entry.qualificationLevel(), entry.revocation().map(Revocation::revokedOn));
    }

    /** Whether the registry's record and the register entry are one certificate: same specialty, same issue day. */
    static boolean same(IssuedCertificate entry, HeldCertificate answered) {
        return entry.specialty().equals(answered.specialty()) && entry.issuedOn().equals(answered.issuedOn());
    }

    /** Whether they agree on what R14 compares: validity and the qualification level. */
    static boolean agree(IssuedCertificate entry, HeldCertificate answered) {
        return entry.validUntil().equals(answered.validUntil()) && entry.isIndefinite() == answered.indefinite()
                && (answered.qualificationLevel().isEmpty()
                || answered.qualificationLevel().equals(entry.qualificationLevel()));
    }

    /** The registry's answer with each certificate the register holds replaced by its entry, and the others added. */
    static List<HeldCertificate> reconcile(List<HeldCertificate> answered, List<IssuedCertificate> register) {
        List<HeldCertificate> fromRegistry = answered.stream()
                .filter(a -> register.stream().noneMatch(entry -> same(entry, a))).toList();
        return java.util.stream.Stream.concat(register.stream().map(CertificateRecords::held), fromRegistry.stream())
                .toList();
    }

    static Optional<IssuedCertificate> entryFor(HeldCertificate certificate, List<IssuedCertificate> register) {
        return register.stream().filter(entry -> same(entry, certificate)).findFirst();
    }
}
