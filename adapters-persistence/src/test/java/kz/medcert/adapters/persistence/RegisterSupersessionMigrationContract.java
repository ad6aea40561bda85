package kz.medcert.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.application.testing.RegisterFixtures;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Supersessions;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.SpecialtyCode;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.junit.jupiter.api.Test;

/**
 * Schema version 9 on a register stored before it (as an imported CSV or the demo certificates left it, R75): every
 * entry reads as the service's own rule has it (R14, R75, R79; {@link Supersessions}), an entry of several in one
 * specialty is SUPERSEDED by the next one from its issue day, a revoked one stays REVOKED (R88), and the entries come
 * back otherwise unchanged.
 */
abstract class RegisterSupersessionMigrationContract {
    private static final long SEED = 20261207L;
    private static final List<SpecialtyCode> SPECIALTIES = List.of(SpecialtyCode.of("PEDIATRICS"),
            SpecialtyCode.of("CARDIOLOGY"), SpecialtyCode.of("INTERVENTIONAL_CARDIOLOGY"));
    // the columns of version 8, without the two that version 9 adds
    private static final String INSERT_V8 = "INSERT INTO issued_certificate (number, holder_iin, holder_surname, "
            + "holder_given_name, holder_patronymic, specialty, qualification_level, department, issued_on, "
            + "valid_until, confirms, revoked_on, revocation_ground, revocation_reason, revoked_by) VALUES (:number, "
            + ":holderIin, :holderSurname, :holderGivenName, :holderPatronymic, :specialty, :qualificationLevel, "
            + ":department, :issuedOn, :validUntil, :confirms, :revokedOn, :revocationGround, :revocationReason, "
            + ":revokedBy)";

    /** A new database URL nobody has migrated yet. */
    protected abstract String freshUrl();

    protected abstract String user();

    @Test
    void anOldRegister_readsAsTheRuleHasIt_afterVersion9_R14_R75_R79_R88() {
        String url = freshUrl();
        Database.migrations(Vendor.of(url)).dataSource(url, user(), "").target("8").load().migrate();
        List<IssuedCertificate> stored = register(new Random(SEED));
        Jdbi old = Jdbi.create(url, user(), "");
        old.useTransaction(h -> {
            h.getConfig(SqlStatements.class).setUnusedBindingAllowed(true);
            stored.forEach(c -> IssuedCertificateRow.of(c).bindTo(h.createUpdate(INSERT_V8)).execute());
        });

        Map<CertificateNumber, IssuedCertificate> expected = stored.stream()
                .collect(Collectors.toMap(IssuedCertificate::number, Function.identity()));
        Supersessions.pending(stored).forEach(c -> expected.put(c.number(), c));
        try (Database database = Database.open(url, user(), "")) {
            CertificateRegister register = new JdbiCertificateRegister(database.jdbi());
            for (IssuedCertificate entry : stored) {
                assertThat(register.find(entry.number())).as("seed " + SEED).contains(expected.get(entry.number()));
            }
            long superseded = expected.values().stream().filter(c -> c.supersession().isPresent()).count();
            assertThat(superseded).as("the fixture has replaced entries to mark").isGreaterThan(10);

            // a holder with two entries in pediatrics: the old one names the new one, from its issue day
            IssuedCertificate old2019 = register.find(CertificateNumbers.issue(Year.of(2019), 1)).orElseThrow();
            IssuedCertificate new2024 = register.find(CertificateNumbers.issue(Year.of(2024), 1)).orElseThrow();
            assertThat(old2019.supersession().orElseThrow().by()).isEqualTo(new2024.number());
            assertThat(old2019.statusOn(LocalDate.of(2024, 6, 2))).isEqualTo(CertificateStatus.VALID);
            assertThat(old2019.statusOn(LocalDate.of(2024, 6, 3))).isEqualTo(CertificateStatus.SUPERSEDED);
            IssuedCertificate revoked = register.find(CertificateNumbers.issue(Year.of(2020), 1)).orElseThrow();
            assertThat(revoked.supersession()).isEmpty();
            assertThat(revoked.statusOn(LocalDate.of(2026, 12, 7))).isEqualTo(CertificateStatus.REVOKED);
        }
    }

    /** Two named holders, then many random ones with several entries each. */
    private static List<IssuedCertificate> register(Random random) {
        List<IssuedCertificate> entries = new ArrayList<>();
        Iin named = RegisterFixtures.holder(1);
        entries.add(entry(named, SPECIALTIES.get(0), LocalDate.of(2019, 8, 1), CertificateNumbers.issue(
                Year.of(2019), 1), Optional.empty()));
        entries.add(entry(named, SPECIALTIES.get(0), LocalDate.of(2024, 6, 3), CertificateNumbers.issue(
                Year.of(2024), 1), Optional.empty()));
        Iin revokedHolder = RegisterFixtures.holder(2);
        entries.add(entry(revokedHolder, SPECIALTIES.get(1), LocalDate.of(2020, 5, 5), CertificateNumbers.issue(
                Year.of(2020), 1), Optional.empty()).revoked(RegisterFixtures.revocation(LocalDate.of(2021, 1, 1),
                "OFFICER 1 ATYRAU")));
        entries.add(entry(revokedHolder, SPECIALTIES.get(1), LocalDate.of(2023, 5, 5), CertificateNumbers.issue(
                Year.of(2023), 1), Optional.empty()));
        long serial = 100;
        for (int k = 3; k < 60; k++) {
            Iin holder = RegisterFixtures.holder(k);
            int count = 1 + random.nextInt(4);
            List<IssuedCertificate> held = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                LocalDate issued = LocalDate.of(2012, 1, 1).plusDays(random.nextInt(5000));
                Optional<CertificateNumber> confirms = held.isEmpty() || random.nextBoolean() ? Optional.empty()
                        : Optional.of(held.get(random.nextInt(held.size())).number());
                IssuedCertificate c = entry(holder, SPECIALTIES.get(random.nextInt(SPECIALTIES.size())), issued,
                        CertificateNumbers.issue(Year.from(issued), serial++), confirms);
                held.add(random.nextInt(7) == 0 ? c.revoked(RegisterFixtures.revocation(issued.plusDays(30),
                        "OFFICER 1 ATYRAU")) : c);
            }
            entries.addAll(held);
        }
        return entries;
    }

    private static IssuedCertificate entry(Iin holder, SpecialtyCode specialty, LocalDate issuedOn,
                                           CertificateNumber number, Optional<CertificateNumber> confirms) {
        return IssuedCertificate.issue(number, holder, PersonName.of("Жаңабаева", "Гүлзейнеп"), specialty,
                Optional.empty(), Department.of(Region.ATYRAU), issuedOn, confirms);
    }
}
