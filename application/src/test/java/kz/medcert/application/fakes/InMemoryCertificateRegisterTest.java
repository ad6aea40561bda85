package kz.medcert.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.domain.certificate.IssuedCertificate;
import org.junit.jupiter.api.Test;

/**
 * The fake keeps the port's rules that service tests rely on (the full contract runs against the JDBI adapter in
 * adapters-persistence: CertificateRegisterContract).
 */
class InMemoryCertificateRegisterTest {
    private static final java.time.Instant AUDITED_AT = java.time.Instant.parse("2027-01-10T06:00:00Z");
    private final InMemoryCertificateRegister register = new InMemoryCertificateRegister();

    @Test
    void add_refusesANumberTwice() {
        register.add(CertificateFixtures.valid());

        assertThatThrownBy(() -> register.add(CertificateFixtures.valid())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void update_recordsARevocationOnce() {
        IssuedCertificate valid = CertificateFixtures.valid();
        register.add(valid);

        register.update(valid.revoked(CertificateFixtures.revocation(LocalDate.of(2026, 1, 1))), AUDITED_AT);

        assertThat(register.find(valid.number()).orElseThrow().revocation()).isPresent();
        assertThatThrownBy(() -> register.update(valid.revoked(CertificateFixtures.revocation(
                LocalDate.of(2026, 2, 1))), AUDITED_AT)).isInstanceOf(ConcurrentUpdateException.class);
        assertThatThrownBy(() -> register.update(CertificateFixtures.inSpecialty(valid, "THERAPY"), AUDITED_AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nextSerial_countsEachYearFromOne() {
        assertThat(register.nextSerial(Year.of(2026))).isEqualTo(1);
        assertThat(register.nextSerial(Year.of(2026))).isEqualTo(2);
        assertThat(register.nextSerial(Year.of(2027))).isEqualTo(1);
    }

    @Test
    void addAll_addsNewEntries_skipsIdenticalOnes_andNamesConflictingOnes() {
        IssuedCertificate valid = CertificateFixtures.valid();
        register.add(valid);
        IssuedCertificate expired = CertificateFixtures.expired();

        var result = register.addAll(java.util.List.of(valid, expired, CertificateFixtures.inSpecialty(valid,
                "THERAPY")));

        assertThat(result).isEqualTo(new kz.medcert.application.port.out.CertificateRegister.BatchResult(1, 1,
                java.util.List.of(valid.number())));
        assertThat(register.find(valid.number())).contains(valid);
        // the holder's 2024 certificate in the same specialty replaced the imported 2019 one (R14, R75)
        assertThat(register.find(expired.number())).contains(expired.supersededBy(valid));
        assertThat(register.nextSerial(Year.of(2019))).isEqualTo(8);
    }
}
