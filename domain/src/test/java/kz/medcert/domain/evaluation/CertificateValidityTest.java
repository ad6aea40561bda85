package kz.medcert.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.certificate.CertificateValidityPolicy;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Standing;
import kz.medcert.domain.access.Department;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.person.PersonName;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCode;
import kz.medcert.domain.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 5-year certificate (R14, R79), standings and lapses (R11), and the indefinite policy (R13) in isolation. */
class CertificateValidityTest {
    private static final Iin HOLDER = Iin.parse("850101300015");
    private static final CertificateNumber NUMBER = new CertificateNumber("KZ-2024-000123");
    private static final SpecialtyCode PEDIATRICS = DossierFixtures.PEDIATRICS;
    private static final PersonName NAME = PersonName.of("Абенова", "Айгерим");
    private static final Department DEPARTMENT = Department.of(Region.ALMATY_CITY);

    @ParameterizedTest(name = "R14 R79: issued {0} -> valid until {1}")
    @CsvSource({
            "2020-03-01, 2025-03-01",
            "2024-12-02, 2029-12-02",
            "2020-02-29, 2025-02-28",
            "2024-12-31, 2029-12-31"})
    void r14_r79_fiveYearsFromTheIssueDate(LocalDate issuedOn, LocalDate validUntil) {
        // when
        LocalDate until = CertificateValidityPolicy.validUntilForIssueOn(issuedOn);

        // then
        assertThat(until).isEqualTo(validUntil);
        assertThat(RuleSet.CERTIFICATE_VALIDITY).isEqualTo(Period.ofYears(5));
    }

    @Test
    void r14_r79_issuedCertificate_carriesFiveYearValidity() {
        // given
        LocalDate issuedOn = LocalDate.of(2024, 12, 9);

        // when
        IssuedCertificate certificate = IssuedCertificate.issue(NUMBER, HOLDER, NAME, PEDIATRICS,
                Optional.of(QualificationLevel.FIRST), DEPARTMENT,
                issuedOn, Optional.empty());

        // then
        assertThat(certificate.isIndefinite()).isFalse();
        assertThat(certificate.validUntil()).contains(LocalDate.of(2029, 12, 9));
        assertThat(certificate.specialty()).isEqualTo(PEDIATRICS);
        assertThat(certificate.holder()).isEqualTo(HOLDER);
        assertThat(certificate.qualificationLevel()).contains(QualificationLevel.FIRST);
    }

    @ParameterizedTest(name = "R14 R79: issued 2024-12-09, on {0} -> {1}")
    @CsvSource({
            "2024-12-09, VALID",
            "2029-12-08, VALID",
            "2029-12-09, VALID",
            "2029-12-10, EXPIRED"})
    void r14_r79_issuedCertificate_isValidThroughItsLastDay(LocalDate day, CertificateStatus expected) {
        // given
        IssuedCertificate certificate = IssuedCertificate.issue(NUMBER, HOLDER, NAME, PEDIATRICS, Optional.empty(),
                DEPARTMENT,
                LocalDate.of(2024, 12, 9), Optional.empty());

        // when
        Standing standing = certificate.standingOn(day, Optional.empty(), false);

        // then
        assertThat(standing.status()).isEqualTo(expected);
        assertThat(standing.lastValidDay()).contains(LocalDate.of(2029, 12, 9));
    }

    @Test
    void r14_certificateEndingBeforeItsIssue_isRejected() {
        // when / then
        assertThatThrownBy(() -> new IssuedCertificate(NUMBER, HOLDER, NAME, PEDIATRICS, Optional.empty(), DEPARTMENT,
                LocalDate.of(2024, 1, 2), Optional.of(LocalDate.of(2024, 1, 1)), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void r14_certificateNumber_isNormalisedAndValidated() {
        // then
        assertThat(new CertificateNumber(" kz-2024-1 ").value()).isEqualTo("KZ-2024-1");
        assertThatThrownBy(() -> new CertificateNumber("x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CertificateNumber("KZ 2024")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "R11: last valid day 2021-09-15, on {0}: lapsed over 3 years = {1}")
    @CsvSource({
            "2021-09-15, false",
            "2021-09-16, false",
            "2024-09-14, false",
            "2024-09-15, false",
            "2024-09-16, true"})
    void r11_lapsedOverLimit_isStrictlyMoreThanThreeYears(LocalDate day, boolean over) {
        // given
        Standing standing = CertificateValidityPolicy.standingOfFixed(LocalDate.of(2021, 9, 15), day);

        // then
        assertThat(standing.lapsedOverLimitOn(day)).isEqualTo(over);
    }

    @Test
    void r11_lapseIsCalendarTimeSinceTheLastValidDay_emptyWhileValid() {
        // given
        LocalDate last = LocalDate.of(2021, 9, 15);

        // then
        assertThat(CertificateValidityPolicy.standingOfFixed(last, last).lapseOn(last)).isEmpty();
        assertThat(CertificateValidityPolicy.standingOfFixed(last, LocalDate.of(2023, 11, 20))
                .lapseOn(LocalDate.of(2023, 11, 20))).contains(Period.of(2, 2, 5));
    }

    @ParameterizedTest(name = "R11: leap day, last valid 2020-02-29, on {0}: over = {1}")
    @CsvSource({"2023-02-28, false", "2023-03-01, true"})
    void r11_leapDayExpiry(LocalDate day, boolean over) {
        // given
        Standing standing = CertificateValidityPolicy.standingOfFixed(LocalDate.of(2020, 2, 29), day);

        // then
        assertThat(standing.lapsedOverLimitOn(day)).isEqualTo(over);
    }

    @ParameterizedTest(name = "R13: indefinite issued {0}, PD in window -> kept valid {1}")
    @CsvSource({"2015-10-08, true", "2015-10-09, false", "2015-10-10, false"})
    void r13_policyIssueDateThreshold(LocalDate issuedOn, boolean keptValid) {
        // given
        LocalDate day = LocalDate.of(2018, 1, 10);

        // when
        Standing standing = CertificateValidityPolicy.standingOfIndefinite(issuedOn,
                Optional.of(LocalDate.of(2017, 6, 1)), true, day);

        // then
        assertThat(standing.indefiniteKeptValid()).isEqualTo(keptValid);
        assertThat(standing.isValid()).isTrue(); // on or after 2015-10-09: a 5-year certificate, still valid
        if (!keptValid) {
            assertThat(standing.lastValidDay()).contains(issuedOn.plusYears(5));
        }
    }

    @Test
    void r13_policyWithoutPd_derivesExpiryFromLastPdOrIssue() {
        // given
        LocalDate issued = LocalDate.of(2008, 3, 3);
        LocalDate day = LocalDate.of(2024, 12, 2);

        // when
        Standing noPd = CertificateValidityPolicy.standingOfIndefinite(issued, Optional.empty(), false, day);
        Standing oldPd = CertificateValidityPolicy.standingOfIndefinite(issued, Optional.of(LocalDate.of(2016, 4, 4)),
                false, day);

        // then
        assertThat(noPd.lastValidDay()).contains(LocalDate.of(2013, 3, 3));
        assertThat(oldPd.lastValidDay()).contains(LocalDate.of(2021, 4, 4));
        assertThat(noPd.status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(oldPd.status()).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void r13_indefiniteCertificateRecord_standingUsesTheIndefinitePolicy() {
        // given
        IssuedCertificate indefinite = new IssuedCertificate(NUMBER, HOLDER, NAME, PEDIATRICS, Optional.empty(),
                DEPARTMENT, LocalDate.of(2012, 5, 5), Optional.empty(), Optional.empty(), Optional.empty());

        // when
        Standing kept = indefinite.standingOn(LocalDate.of(2024, 12, 2), Optional.of(LocalDate.of(2023, 1, 1)), true);
        Standing lapsed = indefinite.standingOn(LocalDate.of(2024, 12, 2), Optional.empty(), false);

        // then
        assertThat(indefinite.isIndefinite()).isTrue();
        assertThat(kept.indefiniteKeptValid()).isTrue();
        assertThat(lapsed.lastValidDay()).contains(LocalDate.of(2017, 5, 5));
    }
}
