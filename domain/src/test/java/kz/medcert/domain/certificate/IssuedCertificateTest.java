package kz.medcert.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;
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

class IssuedCertificateTest {
    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 27);
    private final IssuedCertificate certificate = IssuedCertificate.issue(
            CertificateNumbers.issue(Year.of(2026), 1), Iin.of(LocalDate.of(1985, 4, 12), Sex.FEMALE, 4137),
            PersonName.of("Абенова", "Айгерим", "Болатқызы"), SpecialtyCode.of("PEDIATRICS"), Optional.empty(),
            Department.of(Region.ALMATY_CITY), ISSUED, Optional.empty());

    @Test
    void r14_r79_validForFiveYearsFromIssue_dayBeforeOfAfter() {
        assertThat(certificate.validUntil()).contains(LocalDate.of(2031, 11, 27));
        assertThat(certificate.statusOn(LocalDate.of(2031, 11, 26))).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.statusOn(LocalDate.of(2031, 11, 27))).isEqualTo(CertificateStatus.VALID);
        assertThat(certificate.statusOn(LocalDate.of(2031, 11, 28))).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void r78_notYetValidBeforeItsIssueDay_validFromIt() {
        assertThat(certificate.statusOn(ISSUED.minusDays(1))).isEqualTo(CertificateStatus.NOT_YET_VALID);
        assertThat(certificate.statusOn(ISSUED)).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void r88_aRevocationDatedBeforeTheIssueDay_revokesAtOnce() {
        IssuedCertificate revoked = certificate.revoked(new Revocation(ISSUED.minusDays(1),
                "GROUND_4_COURT_PROHIBITION", "court decision No. 2-124/2026", "OFFICER 7 ALMATY_CITY"));

        assertThat(revoked.statusOn(ISSUED.minusDays(2))).isEqualTo(CertificateStatus.NOT_YET_VALID);
        assertThat(revoked.statusOn(ISSUED.minusDays(1))).isEqualTo(CertificateStatus.REVOKED);
    }

    @Test
    void r88_revokedFromTheRevocationDay() {
        IssuedCertificate revoked = certificate.revoked(new Revocation(LocalDate.of(2027, 1, 10),
                "GROUND_4_COURT_PROHIBITION", "court decision No. 2-123/2027", "OFFICER 7 ALMATY_CITY"));

        assertThat(revoked.statusOn(LocalDate.of(2027, 1, 9))).isEqualTo(CertificateStatus.VALID);
        assertThat(revoked.statusOn(LocalDate.of(2027, 1, 10))).isEqualTo(CertificateStatus.REVOKED);
        assertThatThrownBy(() -> revoked.revoked(revoked.revocation().orElseThrow()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void departmentFollowsTheRegion_R71() {
        Department department = Department.parse("ALMATY_CITY");

        assertThat(department.region()).isEqualTo(Region.ALMATY_CITY);
        assertThat(department.localizedName().kk()).contains("Алматы қаласы");
        assertThat(department.localizedName().ru()).endsWith("(город Алматы)");
    }
}
