package kz.medcert.application.testing;

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

/** Register entries for the register's contract and the adapters' tests: every optional field filled, or none. */
public final class RegisterFixtures {
    public static final Iin HOLDER = Iin.of(LocalDate.of(1987, 6, 15), Sex.FEMALE, 5173);
    public static final Iin OTHER_HOLDER = Iin.of(LocalDate.of(1979, 2, 3), Sex.MALE, 2211);

    private RegisterFixtures() {
    }

    public static CertificateNumber number(int year, long serial) {
        return CertificateNumbers.issue(Year.of(year), serial);
    }

    /**
     * A confirmation (R14) of an interventional cardiologist of the first category, with a patronymic, naming the
     * healthcare organisation (as a foreign specialist's certificate does, Appendix 5).
     */
    public static IssuedCertificate full(CertificateNumber number, LocalDate issuedOn) {
        return IssuedCertificate.issue(number, HOLDER, PersonName.of("Жаңабаева", "Гүлзейнеп", "Сәкенқызы"),
                SpecialtyCode.of("INTERVENTIONAL_CARDIOLOGY"), Optional.of(QualificationLevel.FIRST),
                Department.of(Region.ZHETISU), issuedOn, Optional.of(number(2019, 77)),
                Optional.of("ГКП на ПХВ «Жетісу облыстық кардиология орталығы»"));
    }

    /**
     * No level, no patronymic, confirms nothing; issued on 12 May of its number's year (R75), indefinite when that
     * is before 2015-10-09 (R13) and valid for 5 years otherwise.
     */
    public static IssuedCertificate bare(CertificateNumber number, Iin holder) {
        LocalDate issuedOn = LocalDate.of(CertificateNumbers.serialOf(number).orElseThrow().year().getValue(), 5, 12);
        Optional<LocalDate> validUntil = CertificateValidityPolicy.mayBeIndefinite(issuedOn) ? Optional.empty()
                : Optional.of(CertificateValidityPolicy.validUntilForIssueOn(issuedOn));
        return new IssuedCertificate(number, holder, PersonName.of("O'Neill", "Ann-Mari"),
                SpecialtyCode.of("THERAPY"), Optional.empty(), Department.of(Region.SHYMKENT), issuedOn, validUntil,
                Optional.empty(), Optional.empty());
    }

    /** The {@code k}-th of many holders (k from 1), none of them {@link #HOLDER} or {@link #OTHER_HOLDER}. */
    public static Iin holder(int k) {
        return Iin.of(LocalDate.of(1970, 1, 1).plusDays(k), k % 2 == 0 ? Sex.FEMALE : Sex.MALE, 1000 + k);
    }

    /** The same entry, held by {@code holder}: entries of different people never replace each other (R75). */
    public static IssuedCertificate heldBy(IssuedCertificate c, Iin holder) {
        return new IssuedCertificate(c.number(), holder, c.holderName(), c.specialty(), c.qualificationLevel(),
                c.department(), c.issuedOn(), c.validUntil(), c.confirms(), c.revocation(), c.supersession());
    }

    public static Revocation revocation(LocalDate on, String by) {
        return new Revocation(on, "GROUND_4_COURT_PROHIBITION", "Приговор суда № 1-55/2026 «о запрещении»", by);
    }
}
