package kz.medcert.application.fakes;

import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.Confirmations;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Supersessions;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * The register in memory, keeping CertificateRegisterContract as the JDBI adapter does: entries are added once and
 * change only by being revoked, or by being marked as replaced by a later entry of the holder in the specialty (the
 * domain's rule, applied when an entry comes in), serials never repeat nor outgrow the number format, and the expiry
 * report selects what the adapter's SQL selects.
 */
public final class InMemoryCertificateRegister implements CertificateRegister {
    private final Map<CertificateNumber, IssuedCertificate> entries = new LinkedHashMap<>();
    private final Map<Year, Long> serials = new HashMap<>();

    @Override
    public synchronized Optional<IssuedCertificate> find(CertificateNumber number) {
        return Optional.ofNullable(entries.get(number));
    }

    @Override
    public synchronized void add(IssuedCertificate certificate) {
        if (entries.putIfAbsent(certificate.number(), certificate) != null) {
            throw new IllegalStateException("certificate " + certificate.number() + " is already registered");
        }
        supersedeAmong(Set.of(certificate.holder()));
    }

    private void supersedeAmong(Set<Iin> holders) {
        List<IssuedCertificate> held = entries.values().stream().filter(c -> holders.contains(c.holder())).toList();
        Supersessions.pending(held).forEach(superseded -> entries.put(superseded.number(), superseded));
    }

    private final InMemoryOutbox outbox = new InMemoryOutbox();

    /** Where the register's writes (and those of a repository on this register) store their notifications. */
    public InMemoryOutbox outbox() {
        return outbox;
    }

    /** The notifications are stored only when the revocation is (as in the one transaction of the port). */
    @Override
    public synchronized IssuedCertificate update(IssuedCertificate certificate, java.time.Instant at,
                                                 List<Notification> notifications) {
        IssuedCertificate before = entries.get(certificate.number());
        IssuedCertificate after = update(certificate, at);
        if (after != before) {
            outbox.store(notifications);
        }
        return after;
    }

    @Override
    public synchronized IssuedCertificate update(IssuedCertificate certificate, java.time.Instant at) {
        IssuedCertificate stored = entries.get(certificate.number());
        if (stored == null) {
            throw new IllegalStateException("certificate " + certificate.number() + " is not registered");
        }
        if (withoutSupersession(stored).equals(withoutSupersession(certificate))) {
            return stored;
        }
        if (!asIssued(stored).equals(asIssued(certificate))) {
            throw new IllegalArgumentException("a register entry changes only by revocation: " + certificate.number());
        }
        if (stored.revocation().isPresent()) {
            throw new ConcurrentUpdateException("certificate " + certificate.number() + " was already revoked");
        }
        IssuedCertificate revoked = stored.revoked(certificate.revocation().orElseThrow());
        entries.put(certificate.number(), revoked);
        return revoked;
    }

    /** Refuses, as the database's check does, a serial the number format cannot hold. */
    @Override
    public synchronized long nextSerial(Year year) {
        long next = serials.getOrDefault(year, 0L) + 1;
        try {
            CertificateNumbers.issue(year, next);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the certificate serials of " + year + " are exhausted", e);
        }
        serials.put(year, next);
        return next;
    }

    /** Undoes the draw of {@code serial}, the last one drawn (a rolled-back transaction, see the request fake). */
    synchronized void giveBackSerial(Year year, long serial) {
        if (serials.getOrDefault(year, 0L) != serial) {
            throw new IllegalStateException("serial " + serial + " of " + year + " is not the last one drawn");
        }
        serials.put(year, serial - 1);
    }

    @Override
    public synchronized List<IssuedCertificate> heldBy(Iin holder) {
        return entries.values().stream().filter(c -> c.holder().equals(holder))
                .sorted(Comparator.comparing(IssuedCertificate::issuedOn)
                        .thenComparing(c -> c.number().value()))
                .toList();
    }

    @Override
    public synchronized Optional<IssuedCertificate> latestHeld(Iin holder, SpecialtyCode specialty) {
        List<IssuedCertificate> held = heldBy(holder).stream().filter(c -> c.specialty().equals(specialty)).toList();
        return held.isEmpty() ? Optional.empty() : Optional.of(held.get(held.size() - 1));
    }

    private static IssuedCertificate asIssued(IssuedCertificate c) {
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(), c.qualificationLevel(),
                c.department(), c.issuedOn(), c.validUntil(), c.confirms(), Optional.empty());
    }

    /** How many times {@link #addAll} was called: one transaction each in a real register. */
    public synchronized int batches() {
        return batches;
    }

    private int batches;

    @Override
    public synchronized BatchResult addAll(List<IssuedCertificate> certificates) {
        batches++;
        int added = 0;
        int unchanged = 0;
        List<CertificateNumber> conflicting = new ArrayList<>();
        for (IssuedCertificate c : certificates) {
            IssuedCertificate registered = entries.get(c.number());
            if (registered == null) {
                entries.put(c.number(), c);
                CertificateNumbers.serialOf(c.number())
                        .ifPresent(s -> serials.merge(s.year(), s.serial(), Math::max));
                added++;
            } else if (withoutSupersession(registered).equals(withoutSupersession(c))) {
                unchanged++;
            } else {
                conflicting.add(c.number());
            }
        }
        supersedeAmong(certificates.stream().map(IssuedCertificate::holder).collect(Collectors.toSet()));
        return new BatchResult(added, unchanged, conflicting);
    }

    private static IssuedCertificate withoutSupersession(IssuedCertificate c) {
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(), c.qualificationLevel(),
                c.department(), c.issuedOn(), c.validUntil(), c.confirms(), c.revocation());
    }

    @Override
    public synchronized List<ExpiryCount> countExpiring(ExpiryWindow window) {
        Set<CertificateNumber> confirmed = Confirmations.confirmedAmong(entries.values());
        Map<List<String>, long[]> counts = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
                .thenComparing(k -> k.get(1)));
        expiring(window).forEach(c -> {
            long[] count = counts.computeIfAbsent(List.of(c.department().code(), c.specialty().value()),
                    k -> new long[2]);
            count[0]++;
            count[1] += confirmed.contains(c.number()) ? 1 : 0;
        });
        return counts.entrySet().stream().map(e -> new ExpiryCount(
                Department.parse(e.getKey().get(0)), SpecialtyCode.of(e.getKey().get(1)), e.getValue()[0],
                e.getValue()[1]))
                .toList();
    }

    /** The domain's definition of the holders to remind (R14, R79), over the window's department. */
    @Override
    public synchronized void forEachUnconfirmedExpiring(ExpiryWindow window, Consumer<IssuedCertificate> action) {
        Set<CertificateNumber> confirmed = Confirmations.confirmedAmong(entries.values());
        expiring(window).stream().filter(c -> !confirmed.contains(c.number()))
                .sorted(Confirmations.BY_LAST_DAY)
                .forEach(action);
    }

    /** R14, R79: the entries of the window's department that fall due in it ({@link IssuedCertificate#expiresWithin}). */
    private List<IssuedCertificate> expiring(ExpiryWindow window) {
        return entries.values().stream()
                .filter(c -> c.expiresWithin(window.from(), window.to()))
                .filter(c -> window.department().map(c.department()::equals).orElse(true))
                .toList();
    }
}
