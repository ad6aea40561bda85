package kz.medcert.adapters.persistence;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.CertificateValidityPolicy;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;

/** Register entries for the adapter's tests: every optional field filled, or none. */
final class RegisterFixtures {
    static final Iin HOLDER = Iin.of(LocalDate.of(1987, 6, 15), Sex.FEMALE, 5173);
    static final Iin OTHER_HOLDER = Iin.of(LocalDate.of(1979, 2, 3), Sex.MALE, 2211);

    private RegisterFixtures() {
    }

    static CertificateNumber number(int year, long serial) {
        return CertificateNumbers.issue(Year.of(year), serial);
    }

    /** A confirmation (R14) of an interventional cardiologist of the first category, with a patronymic. */
    static IssuedCertificate full(CertificateNumber number, LocalDate issuedOn) {
        return IssuedCertificate.issue(number, HOLDER, PersonName.of("Жаңабаева", "Гүлзейнеп", "Сәкенқызы"),
                SpecialtyCode.of("INTERVENTIONAL_CARDIOLOGY"), Optional.of(QualificationLevel.FIRST),
                Department.of(Region.ZHETISU), issuedOn, Optional.of(number(2019, 77)));
    }

    /**
     * No level, no patronymic, confirms nothing; issued on 12 May of its number's year (R75), indefinite when that
     * is before 2015-10-09 (R13) and valid for 5 years otherwise.
     */
    static IssuedCertificate bare(CertificateNumber number, Iin holder) {
        LocalDate issuedOn = LocalDate.of(CertificateNumbers.serialOf(number).orElseThrow().year().getValue(), 5, 12);
        Optional<LocalDate> validUntil = CertificateValidityPolicy.mayBeIndefinite(issuedOn) ? Optional.empty()
                : Optional.of(CertificateValidityPolicy.validUntilForIssueOn(issuedOn));
        return new IssuedCertificate(number, holder, PersonName.of("O'Neill", "Ann-Mari"),
                SpecialtyCode.of("THERAPY"), Optional.empty(), Department.of(Region.SHYMKENT), issuedOn, validUntil,
                Optional.empty(), Optional.empty());
    }

    static Revocation revocation(LocalDate on, String by) {
        return new Revocation(on, "GROUND_4_COURT_PROHIBITION", "Приговор суда № 1-55/2026 «о запрещении»", by);
    }
}
