package kz.medcert.application.testing;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/**
 * Register entries for tests, judged on {@link #TODAY} (Friday 20 November 2026). The holder's given name and
 * patronymic are spelled so that no other text contains them: a test that finds them in a public answer has found a
 * leak.
 */
public final class CertificateFixtures {
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    public static final Iin HOLDER_IIN = Iin.of(LocalDate.of(1987, 6, 15), Sex.FEMALE, 5173);
    public static final String SURNAME = "Жаңабаева";
    public static final String GIVEN_NAME = "Гүлзейнеп";
    public static final String PATRONYMIC = "Сәкенқызы";
    public static final PersonName HOLDER = PersonName.of(SURNAME, GIVEN_NAME, PATRONYMIC);
    /** What the public may see of the holder's name. */
    public static final String HOLDER_INITIALS = "Жаңабаева Г. С.";
    public static final String REVOCATION_REASON = "Решение суда г. Атырау № 2-777/2025 по делу Жаңабаевой";

    private CertificateFixtures() {
    }

    public static CertificateNumber number(int year, long serial) {
        return CertificateNumbers.issue(Year.of(year), serial);
    }

    /** A pediatrics certificate of the first category from Almaty, issued 2024-05-10, valid until 2029-05-10. */
    public static IssuedCertificate valid() {
        return issued(number(2024, 1), LocalDate.of(2024, 5, 10));
    }

    /** Issued 2019-03-01, expired after 2024-03-01 (R14). */
    public static IssuedCertificate expired() {
        return issued(number(2019, 7), LocalDate.of(2019, 3, 1));
    }

    /** Issued 2023-01-10, revoked on 2025-06-02 on a court prohibition (R88). */
    public static IssuedCertificate revoked() {
        return issued(number(2023, 42), LocalDate.of(2023, 1, 10)).revoked(revocation(LocalDate.of(2025, 6, 2)));
    }

    public static Revocation revocation(LocalDate on) {
        return new Revocation(on, "GROUND_4_COURT_PROHIBITION", REVOCATION_REASON, "OFFICER 17 ATYRAU");
    }

    public static IssuedCertificate issued(CertificateNumber number, LocalDate issuedOn) {
        return IssuedCertificate.issue(number, HOLDER_IIN, HOLDER, SpecialtyCode.of("PEDIATRICS"),
                Optional.of(QualificationLevel.FIRST), Department.of(Region.ALMATY_CITY), issuedOn, Optional.empty());
    }

    /** The same entry held by someone else. */
    public static IssuedCertificate withHolder(IssuedCertificate c, Iin holder, PersonName name) {
        return new IssuedCertificate(c.number(), holder, name, c.specialty(), c.qualificationLevel(), c.department(),
                c.issuedOn(), c.validUntil(), c.confirms(), c.revocation());
    }

    /** The same entry in another specialty or specialization. */
    public static IssuedCertificate inSpecialty(IssuedCertificate c, String specialty) {
        return new IssuedCertificate(c.number(), c.holder(), c.holderName(), SpecialtyCode.of(specialty),
                c.qualificationLevel(), c.department(), c.issuedOn(), c.validUntil(), c.confirms(), c.revocation());
    }
}
