package kz.medcert.application.port.out;

import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.person.Iin;

/**
 * The national register of specialist certificates this service keeps (R75). An entry is never overwritten: once
 * added it changes only by being revoked. Every method is one transaction; a returned entry shares nothing with what
 * is stored.
 */
public interface CertificateRegister {

    /** The entry with this number, if the register holds one. */
    Optional<IssuedCertificate> find(CertificateNumber number);

    /** Adds a new entry; throws IllegalStateException when the number is already registered. */
    void add(IssuedCertificate certificate);

    /**
     * Records the revocation of a registered entry, with an audit entry of who revoked it ({@code revokedBy}), on
     * which ground, {@code at} (in the same transaction), and returns the entry as stored. Storing an entry equal to
     * the stored one changes nothing. Throws IllegalStateException for a number not in the register,
     * IllegalArgumentException when anything but the revocation differs, and {@link ConcurrentUpdateException} when
     * the stored entry was revoked meanwhile (two officers revoking at once: the first one wins).
     */
    IssuedCertificate update(IssuedCertificate certificate, Instant at);

    /**
     * The next serial of {@code year}'s certificate numbers: 1 for the first, then one more each call, atomically
     * across callers and processes. A serial drawn for an entry that is then not added is lost (numbers may have
     * gaps; they never repeat).
     */
    long nextSerial(Year year);

    /** Every entry held by the person, oldest first (by issue date, then number). */
    List<IssuedCertificate> heldBy(Iin holder);
}
