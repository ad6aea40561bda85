package kz.medcert.domain.certificate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * R14, R75, R79: which entries of a register are confirmed, and which fall due for confirmation and are not yet: the
 * one definition of "expiring and not confirmed" that the expiry report, its export of holders to remind, and every
 * register adapter (an SQL query among them, held to it by the register's contract) answer by.
 */
public final class Confirmations {
    /** The order holders are reminded in: by last day of validity, then number. */
    public static final Comparator<IssuedCertificate> BY_LAST_DAY = Comparator
            .comparing((IssuedCertificate c) -> c.validUntil().orElse(LocalDate.MAX))
            .thenComparing(c -> c.number().value());

    private Confirmations() {
    }

    /**
     * The numbers of the entries among {@code register} that count as confirmed: one another entry names as the
     * certificate it confirms (R14), or one a later entry replaced in its specialty (R75). Give the whole register,
     * or every entry of the holders concerned: a confirming entry left out cannot be seen.
     */
    public static Set<CertificateNumber> confirmedAmong(Collection<IssuedCertificate> register) {
        Set<CertificateNumber> confirmed = new HashSet<>();
        for (IssuedCertificate entry : register) {
            entry.confirms().ifPresent(confirmed::add);
            if (entry.supersession().isPresent()) {
                confirmed.add(entry.number());
            }
        }
        return confirmed;
    }

    /**
     * R14, R79: the entries of {@code register} that fall due between {@code from} and {@code to}
     * ({@link IssuedCertificate#expiresWithin}) and that nothing confirms yet, in {@link #BY_LAST_DAY} order: the
     * holders to remind.
     */
    public static List<IssuedCertificate> dueAndUnconfirmed(Collection<IssuedCertificate> register, LocalDate from,
                                                             LocalDate to) {
        Set<CertificateNumber> confirmed = confirmedAmong(register);
        return register.stream().filter(c -> c.expiresWithin(from, to))
                .filter(c -> !confirmed.contains(c.number()))
                .sorted(BY_LAST_DAY)
                .toList();
    }
}
