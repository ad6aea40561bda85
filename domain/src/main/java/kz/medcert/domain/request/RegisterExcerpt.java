package kz.medcert.domain.request;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.dossier.HeldCertificate;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * What the rules read of an applicant's entries in the service's register for one evaluation (R14, R64, R88), so that
 * a register need not hand over every entry the person ever had: the entries no later one replaced (the current ones,
 * and the revoked ones, which are never marked), every revoked entry, every entry of the specialty and issue day of a
 * certificate the request names (the registry's answer or the form), and in each specialty the request concerns its
 * latest entry and its latest not revoked by {@code day}. A replaced entry counts only through its replacement
 * ({@link CertificateRecords}); where the rules still compare it with the request's records (same certificate, an
 * earlier one of its specialty, an old revocation) the excerpt holds an entry that answers the same.
 * {@link #selectFrom} is the selection over a full history; the evaluation with it equals the evaluation with every
 * entry (RegisterExcerptTest).
 *
 * @param holder       whose entries
 * @param specialties  the specialties the request concerns: its target, its declared specialty, those of its records
 * @param certificates the specialty and issue day of each certificate the request names
 * @param day          the application day the rules read revocations on
 */
public record RegisterExcerpt(Iin holder, Set<SpecialtyCode> specialties, Set<CertificateDay> certificates,
                              LocalDate day) {

    public RegisterExcerpt {
        Objects.requireNonNull(holder, "holder");
        specialties = Set.copyOf(specialties);
        certificates = Set.copyOf(certificates);
        Objects.requireNonNull(day, "day");
    }

    /** A certificate as the rules match it with a register entry ({@link CertificateRecords#same}). */
    public record CertificateDay(SpecialtyCode specialty, LocalDate issuedOn) {
        public CertificateDay {
            Objects.requireNonNull(specialty, "specialty");
            Objects.requireNonNull(issuedOn, "issuedOn");
        }
    }

    /** What the rules read for {@code s} evaluated on {@code day}, whether or not consent lets them use the answers. */
    static RegisterExcerpt of(RequestState s, LocalDate day) {
        List<HeldCertificate> named = Stream.concat(s.fetched().certificates().stream(),
                s.form().certificates().stream()).toList();
        Set<SpecialtyCode> specialties = new HashSet<>();
        specialties.add(s.form().target());
        specialties.add(s.form().declaredSpecialty());
        named.forEach(c -> specialties.add(c.specialty()));
        Set<CertificateDay> certificates = new HashSet<>();
        named.forEach(c -> certificates.add(new CertificateDay(c.specialty(), c.issuedOn())));
        return new RegisterExcerpt(s.applicant().iin(), specialties, certificates, day);
    }

    /**
     * The excerpt out of the holder's entries {@code held}, in their order (a register's, oldest first): what a
     * register that reads only these entries returns. Of several latest entries of one day, the last one listed.
     */
    public List<IssuedCertificate> selectFrom(List<IssuedCertificate> held) {
        Set<IssuedCertificate> latest = new HashSet<>();
        for (SpecialtyCode specialty : specialties) {
            last(held.stream().filter(e -> e.specialty().equals(specialty))).ifPresent(latest::add);
            last(held.stream().filter(e -> e.specialty().equals(specialty) && !CertificateRecords.revokedBy(e, day)))
                    .ifPresent(latest::add);
        }
        return held.stream().filter(e -> e.holder().equals(holder)).filter(e -> e.supersession().isEmpty()
                || e.revocation().isPresent()
                || certificates.contains(new CertificateDay(e.specialty(), e.issuedOn()))
                || latest.contains(e)).toList();
    }

    private static Optional<IssuedCertificate> last(Stream<IssuedCertificate> entries) {
        return entries.reduce((first, second) -> second);
    }
}
