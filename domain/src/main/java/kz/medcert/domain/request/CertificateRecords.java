package kz.medcert.domain.request;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.dossier.HeldCertificate;

/**
 * The service's own register beside the certificates a state registry returned and the applicant declared (R14, R64).
 * The register is authoritative for the certificates it holds: its entry replaces the registry's record of the same
 * certificate; a certificate it shows revoked on a court decision (R88, R89) is neither valid nor "expired less
 * than 3 years ago" (row 8, part B), so it is no certificate held at all: it can never be confirmed; and one a later
 * certificate replaced (R14, R75) is held through its replacement only, so that an earlier certificate never stands
 * in for a current one that was revoked.
 */
final class CertificateRecords {

    private CertificateRecords() {
    }

    /** The register entry as a certificate the applicant holds; found in the service by definition. */
    static HeldCertificate held(IssuedCertificate entry) {
        return new HeldCertificate(entry.specialty(), entry.issuedOn(), entry.validUntil(), entry.isIndefinite(), true,
                entry.qualificationLevel());
    }

    /** Whether a record and the register entry are one certificate: same specialty, same issue day. */
    static boolean same(IssuedCertificate entry, HeldCertificate record) {
        return entry.specialty().equals(record.specialty()) && entry.issuedOn().equals(record.issuedOn());
    }

    /** Whether they agree on what R14 compares: validity and (where the registry states it) the level. */
    static boolean agree(IssuedCertificate entry, HeldCertificate answered) {
        return entry.validUntil().equals(answered.validUntil()) && entry.isIndefinite() == answered.indefinite()
                && (answered.qualificationLevel().isEmpty()
                || answered.qualificationLevel().equals(entry.qualificationLevel()));
    }

    /** Whether the register shows the entry revoked by {@code day}. */
    static boolean revokedBy(IssuedCertificate entry, LocalDate day) {
        return entry.revocation().filter(r -> !r.revokedOn().isAfter(day)).isPresent();
    }

    /** Whether the entry no longer counts as held on {@code day}: revoked by then, or replaced by a later one. */
    private static boolean notHeld(IssuedCertificate entry, LocalDate day) {
        return revokedBy(entry, day) || entry.supersession().isPresent();
    }

    /**
     * The registry's answer with each certificate the register holds replaced by its entry and the register's other
     * entries added; whatever the register shows revoked by {@code day}, or replaced by a later certificate, is left
     * out.
     */
    static List<HeldCertificate> reconcile(List<HeldCertificate> answered, List<IssuedCertificate> register,
                                           LocalDate day) {
        Stream<HeldCertificate> registered = register.stream().filter(entry -> !notHeld(entry, day))
                .map(CertificateRecords::held);
        Stream<HeldCertificate> onlyInRegistry = answered.stream()
                .filter(a -> register.stream().noneMatch(entry -> same(entry, a) || later(entry, a)));
        return Stream.concat(registered, onlyInRegistry).toList();
    }

    /**
     * R14, R75: the register holds a later certificate in the record's specialty, which replaced it (one current
     * certificate per specialty), whether or not the register held the record itself.
     */
    private static boolean later(IssuedCertificate entry, HeldCertificate record) {
        return entry.specialty().equals(record.specialty()) && entry.issuedOn().isAfter(record.issuedOn());
    }

    /** The records less those the register shows revoked by {@code day} or replaced (by a later entry too). */
    static List<HeldCertificate> withoutRevoked(List<HeldCertificate> records, List<IssuedCertificate> register,
                                                LocalDate day) {
        return records.stream().filter(r -> register.stream()
                .noneMatch(entry -> same(entry, r) && notHeld(entry, day) || later(entry, r))).toList();
    }

    /** The register's entries revoked by {@code day}. */
    static List<IssuedCertificate> revoked(List<IssuedCertificate> register, LocalDate day) {
        return register.stream().filter(entry -> revokedBy(entry, day)).toList();
    }
}
