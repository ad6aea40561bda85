package kz.medcert.adapters.persistence;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.out.CertificateRegister;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * Register entries for some demo persons of the stub registries ({@code demo-persons.json} in adapters-registries:
 * same IINs, names, regions, specialties, levels and issue dates as their certificates there), so that public
 * verification can be shown: valid (P01, P26), expired (P18, P27) and revoked on a court prohibition (P08, R88).
 * Numbers are drawn from the register in a fixed order, so a fresh database always gets the same ones.
 */
public final class DemoCertificates {
    private static final Revocation COURT_PROHIBITION = new Revocation(LocalDate.of(2025, 3, 14),
            "GROUND_4_COURT_PROHIBITION",
            "Вступивший в законную силу приговор суда о запрещении медицинской деятельности (демонстрационные данные)",
            new Actor.Officer("demo", Department.of(Region.ATYRAU)).auditLabel());

    private static final List<Entry> ENTRIES = List.of(
            new Entry("850412413718", "Абенова", "Айгерим", "Болатқызы", Region.ALMATY_CITY, "PEDIATRICS",
                    QualificationLevel.FIRST, LocalDate.of(2022, 3, 1), Optional.empty()),
            new Entry("750525341502", "Тоқтаров", "Асхат", "Бауыржанұлы", Region.ATYRAU, "GENERAL_SURGERY",
                    QualificationLevel.HIGHEST, LocalDate.of(2023, 2, 1), Optional.of(COURT_PROHIBITION)),
            new Entry("870303481208", "Әбдірахманова", "Ләззат", "Серікқызы", Region.ULYTAU, "THERAPY",
                    QualificationLevel.SECOND, LocalDate.of(2021, 9, 1), Optional.empty()),
            new Entry("780418312969", "Шевченко", "Виктор", "Николаевич", Region.PAVLODAR, "CARDIOLOGY",
                    QualificationLevel.HIGHEST, LocalDate.of(2022, 6, 1), Optional.empty()),
            new Entry("780418312969", "Шевченко", "Виктор", "Николаевич", Region.PAVLODAR,
                    "INTERVENTIONAL_CARDIOLOGY", QualificationLevel.FIRST, LocalDate.of(2022, 6, 1), Optional.empty()),
            new Entry("861205416931", "Омарова", "Әсем", "Ерболқызы", Region.ASTANA, "OPHTHALMOLOGY",
                    QualificationLevel.FIRST, LocalDate.of(2020, 1, 15), Optional.empty()));

    private DemoCertificates() {
    }

    /**
     * Adds the demo entries when none of the demo persons holds one yet (the register offers no count; this also
     * keeps a second start from adding them twice). Returns the entries added, in order; empty when nothing was.
     */
    public static List<IssuedCertificate> seedIfEmpty(CertificateRegister register) {
        Objects.requireNonNull(register, "register");
        boolean seeded = ENTRIES.stream().anyMatch(e -> !register.heldBy(Iin.parse(e.iin())).isEmpty());
        if (seeded) {
            return List.of();
        }
        List<IssuedCertificate> added = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            IssuedCertificate certificate = entry.issue(register.nextSerial(Year.from(entry.issuedOn())));
            register.add(certificate);
            added.add(certificate);
        }
        return List.copyOf(added);
    }

    private record Entry(String iin, String surname, String givenName, String patronymic, Region region,
                         String specialty, QualificationLevel level, LocalDate issuedOn,
                         Optional<Revocation> revocation) {

        IssuedCertificate issue(long serial) {
            IssuedCertificate issued = IssuedCertificate.issue(CertificateNumbers.issue(Year.from(issuedOn), serial),
                    Iin.parse(iin), PersonName.of(surname, givenName, patronymic), SpecialtyCode.of(specialty),
                    Optional.of(level), Department.of(region), issuedOn, Optional.empty());
            return revocation.map(issued::revoked).orElse(issued);
        }
    }
}
