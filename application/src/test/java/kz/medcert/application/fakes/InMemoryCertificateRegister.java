package kz.medcert.application.fakes;

import java.time.Year;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.person.Iin;

/** The register in memory, with the port's rules: entries are added once and change only by being revoked. */
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
    }

    @Override
    public synchronized IssuedCertificate update(IssuedCertificate certificate, java.time.Instant at) {
        IssuedCertificate stored = entries.get(certificate.number());
        if (stored == null) {
            throw new IllegalStateException("certificate " + certificate.number() + " is not registered");
        }
        if (stored.equals(certificate)) {
            return stored;
        }
        if (!withoutRevocation(stored).equals(withoutRevocation(certificate))) {
            throw new IllegalArgumentException("a register entry changes only by revocation: " + certificate.number());
        }
        if (stored.revocation().isPresent()) {
            throw new ConcurrentUpdateException("certificate " + certificate.number() + " was already revoked");
        }
        entries.put(certificate.number(), certificate);
        return certificate;
    }

    @Override
    public synchronized long nextSerial(Year year) {
        return serials.merge(year, 1L, Long::sum);
    }

    @Override
    public synchronized List<IssuedCertificate> heldBy(Iin holder) {
        return entries.values().stream().filter(c -> c.holder().equals(holder))
                .sorted(Comparator.comparing(IssuedCertificate::issuedOn)
                        .thenComparing(c -> c.number().value()))
                .toList();
    }

    private static IssuedCertificate withoutRevocation(IssuedCertificate c) {
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), c.specialty(), c.qualificationLevel(),
                c.department(), c.issuedOn(), c.validUntil(), c.confirms(), Optional.empty());
    }
}
