package kz.medcert.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Supersessions;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.request.RegisterExcerpt;

/**
 * The national register of specialist certificates this service keeps (R75). An entry is never overwritten: once
 * added it changes only by being revoked, or by being marked as replaced by a later entry of its holder (R14, R75,
 * R79: one current certificate per specialty, by the domain's rule {@link Supersessions}), which the register writes
 * in the transaction that adds the later entry. Every method is one transaction; a returned entry shares nothing with
 * what is stored.
 */
public interface CertificateRegister {

    /** The entry with this number, if the register holds one. */
    Optional<IssuedCertificate> find(CertificateNumber number);

    /**
     * Adds a new entry and marks the holder's entries it replaces (R14, R75, R79); throws IllegalStateException when
     * the number is already registered.
     */
    void add(IssuedCertificate certificate);

    /**
     * Records the revocation of a registered entry, with an audit entry of who revoked it ({@code revokedBy}), on
     * which ground, {@code at} (in the same transaction), and returns the entry as stored (with its supersession, if
     * the register marked one). Storing an entry equal to the stored one changes nothing. Throws IllegalStateException
     * for a number not in the register, IllegalArgumentException when anything but the revocation (or the supersession,
     * which only the register writes) differs, and {@link ConcurrentUpdateException} when
     * the stored entry was revoked meanwhile (two officers revoking at once: the first one wins).
     */
    IssuedCertificate update(IssuedCertificate certificate, Instant at);

    /** {@link #update(IssuedCertificate, Instant)} and the notifications it causes, in one transaction. */
    IssuedCertificate update(IssuedCertificate certificate, Instant at, List<Notification> notifications);

    /**
     * The next serial of {@code year}'s certificate numbers: 1 for the first, then one more each call, atomically
     * across callers and processes. A serial drawn for an entry that is then not added is lost (numbers may have
     * gaps; they never repeat).
     */
    long nextSerial(Year year);

    /** Every entry held by the person, oldest first (by issue date, then number). */
    List<IssuedCertificate> heldBy(Iin holder);

    /**
     * The entries of {@link #heldBy} that an evaluation reads ({@link RegisterExcerpt#selectFrom}), in that order: a
     * handful, however long the person's history.
     */
    default List<IssuedCertificate> excerpt(RegisterExcerpt excerpt) {
        return excerpt.selectFrom(heldBy(excerpt.holder()));
    }

    /**
     * The person's entry in {@code specialty} that {@link #heldBy} lists last (the latest issue date, then the
     * highest number), if any: the certificate a new one confirms (R14). One entry read, however many the person holds.
     */
    Optional<IssuedCertificate> latestHeld(Iin holder, SpecialtyCode specialty);

    /**
     * Adds a batch of entries taken over from an existing register, in one transaction, in order. An entry equal to
     * the one registered under its number (or to an earlier one of the batch), apart from the supersession the
     * register marked, is skipped and counted as already registered, so that a rerun of an import changes nothing; an
     * entry that differs from it is not written and is named as conflicting. Numbers of this service's format move the
     * year's serial counter past them, so that {@link #nextSerial} never hands out an imported number again. The
     * entries the added ones replace are marked as {@link #add} does (R14, R75, R79).
     */
    BatchResult addAll(List<IssuedCertificate> certificates);

    /**
     * The fixed-term entries whose last day of validity lies in the window and that were not revoked by then, counted
     * per department and specialty (ordered by both), with how many of them a later entry already confirms (R14) or
     * replaces (R75).
     */
    List<ExpiryCount> countExpiring(ExpiryWindow window);

    /**
     * Hands each entry counted by {@link #countExpiring} that no later entry confirms or replaces yet to {@code action}, by last
     * day of validity, then number; streamed, so that memory does not grow with the register.
     */
    void forEachUnconfirmedExpiring(ExpiryWindow window, Consumer<IssuedCertificate> action);

    /** What {@link #addAll} did with a batch. */
    record BatchResult(int added, int alreadyRegistered, List<CertificateNumber> conflicting) {
        public BatchResult {
            conflicting = List.copyOf(conflicting);
        }
    }

    /** Last days of validity from {@code from} to {@code to}, both included, of one department or of all. */
    record ExpiryWindow(LocalDate from, LocalDate to, Optional<Department> department) {
        public ExpiryWindow {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(department, "department");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("the window ends (" + to + ") before it starts (" + from + ")");
            }
        }
    }

    /** Entries of one department and specialty that expire in the window; {@code confirmed} of them are confirmed. */
    record ExpiryCount(Department department, SpecialtyCode specialty, long expiring, long confirmed) {
        public ExpiryCount {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(specialty, "specialty");
        }
    }
}
