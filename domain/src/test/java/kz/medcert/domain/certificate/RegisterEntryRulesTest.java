package kz.medcert.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.person.Sex;
import kz.medcert.domain.reference.SpecialtyCode;
import org.junit.jupiter.api.Test;

/**
 * What a register entry ({@link IssuedCertificate}) holds to whichever way it comes in (issued by the service,
 * imported from an existing register, read back from the database): R13 and the year in its number (R75).
 */
class RegisterEntryRulesTest {
    private static final LocalDate LAST_INDEFINITE_DAY = LocalDate.of(2015, 10, 8);

    @Test
    void r13_onlyACertificateIssuedBefore9October2015_mayBeIndefinite() {
        assertThat(CertificateValidityPolicy.mayBeIndefinite(LAST_INDEFINITE_DAY)).isTrue();
        assertThat(CertificateValidityPolicy.mayBeIndefinite(LocalDate.of(2015, 10, 9))).isFalse();
        assertThat(CertificateValidityPolicy.mayBeIndefinite(LocalDate.of(2020, 3, 1))).isFalse();
    }

    @Test
    void r13_anIndefiniteEntryIssuedBefore9October2015_isAnEntry() {
        IssuedCertificate entry = entry(number(2015), LAST_INDEFINITE_DAY, Optional.empty());

        assertThat(entry.isIndefinite()).isTrue();
    }

    @Test
    void r13_anIndefiniteEntryIssuedOnOrAfter9October2015_isRefused() {
        assertThatThrownBy(() -> entry(number(2015), LocalDate.of(2015, 10, 9), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R13");
        assertThatThrownBy(() -> entry(number(2020), LocalDate.of(2020, 3, 1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2015-10-09");
    }

    @Test
    void r13_aFixedTermEntryMayBeIssuedAtAnyTime() {
        assertThatCode(() -> entry(number(2020), LocalDate.of(2020, 3, 1), Optional.of(LocalDate.of(2025, 3, 1))))
                .doesNotThrowAnyException();
        assertThatCode(() -> entry(number(2010), LocalDate.of(2010, 3, 1), Optional.of(LocalDate.of(2015, 3, 1))))
                .doesNotThrowAnyException();
    }

    @Test
    void r75_theNumbersYear_isTheYearOfIssue() {
        assertThat(CertificateNumbers.issueYearProblem(number(2024), LocalDate.of(2024, 1, 1))).isEmpty();
        assertThat(CertificateNumbers.issueYearProblem(number(2024), LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(CertificateNumbers.issueYearProblem(number(2023), LocalDate.of(2024, 1, 1)))
                .contains("its year (2023) is not the year of issue (2024)");
        assertThat(CertificateNumbers.issueYearProblem(number(2025), LocalDate.of(2024, 12, 31)))
                .contains("its year (2025) is not the year of issue (2024)");
    }

    @Test
    void r75_anEntryWhoseNumberNamesAnotherYear_isRefused() {
        LocalDate issuedOn = LocalDate.of(2024, 1, 1);

        assertThatThrownBy(() -> entry(number(2023), issuedOn, Optional.of(issuedOn.plusYears(5))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the year of issue (2024)").hasMessageContaining("R75");
    }

    @Test
    void r75_numbersFromBeforeThisRegister_carryNoYear_andAreNotJudged() {
        CertificateNumber legacy = new CertificateNumber("KZ-LEGACY-2009-17");

        assertThat(CertificateNumbers.issueYearProblem(legacy, LocalDate.of(2012, 5, 2))).isEmpty();
        assertThatCode(() -> entry(legacy, LocalDate.of(2012, 5, 2), Optional.empty())).doesNotThrowAnyException();
    }

    @Test
    void r13_r75_theFactoryOfTheService_keepsBothRules() {
        LocalDate issuedOn = LocalDate.of(2026, 11, 27);

        IssuedCertificate issued = IssuedCertificate.issue(number(2026), holder(), name(),
                SpecialtyCode.of("PEDIATRICS"), Optional.empty(), Department.of(Region.ALMATY_CITY), issuedOn,
                Optional.empty());

        assertThat(issued.isIndefinite()).isFalse();
        assertThat(CertificateNumbers.issueYearProblem(issued.number(), issued.issuedOn())).isEmpty();
    }

    private static CertificateNumber number(int year) {
        return CertificateNumbers.issue(Year.of(year), 17);
    }

    private static IssuedCertificate entry(CertificateNumber number, LocalDate issuedOn,
                                           Optional<LocalDate> validUntil) {
        return new IssuedCertificate(number, holder(), name(), SpecialtyCode.of("THERAPY"), Optional.empty(),
                Department.of(Region.ALMATY_CITY), issuedOn, validUntil, Optional.empty(), Optional.empty());
    }

    private static Iin holder() {
        return Iin.of(LocalDate.of(1985, 4, 12), Sex.FEMALE, 4137);
    }

    private static PersonName name() {
        return PersonName.of("Абенова", "Айгерим", "Болатқызы");
    }
}
