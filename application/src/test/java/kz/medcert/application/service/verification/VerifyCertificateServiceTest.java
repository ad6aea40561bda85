package kz.medcert.application.service.verification;

import static kz.medcert.application.testing.CertificateFixtures.GIVEN_NAME;
import static kz.medcert.application.testing.CertificateFixtures.HOLDER_IIN;
import static kz.medcert.application.testing.CertificateFixtures.HOLDER_INITIALS;
import static kz.medcert.application.testing.CertificateFixtures.PATRONYMIC;
import static kz.medcert.application.testing.CertificateFixtures.REVOCATION_REASON;
import static kz.medcert.application.testing.CertificateFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import kz.medcert.application.fakes.InMemoryCertificateRegister;
import kz.medcert.application.fakes.MutableClock;
import kz.medcert.application.port.in.verification.PublicCertificateView;
import kz.medcert.application.port.in.verification.VerifyCertificateUseCase.Verification;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.domain.access.Region;
import kz.medcert.domain.certificate.CertificateNumbers;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.certificate.Revocation;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.QualificationLevel;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import org.junit.jupiter.api.Test;

/** Public verification by number: status today in Almaty, what identifies the certificate, and no personal data. */
class VerifyCertificateServiceTest {
    private final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    private final MutableClock clock = MutableClock.at("2026-11-20T10:00+05:00");
    private final VerifyCertificateService service = new VerifyCertificateService(register,
            SpecialtyCatalogue.standard(), clock);

    @Test
    void verify_findsAValidCertificate_withWhatIdentifiesIt_R75() {
        IssuedCertificate certificate = CertificateFixtures.valid();
        register.add(certificate);

        PublicCertificateView view = found(certificate.number().value());

        assertThat(view.number()).isEqualTo(certificate.number());
        assertThat(view.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(view.checkedOn()).isEqualTo(TODAY);
        assertThat(view.holder()).isEqualTo(HOLDER_INITIALS);
        assertThat(view.specialty().value()).isEqualTo("PEDIATRICS");
        assertThat(view.specialtyName().ru()).isEqualTo("Педиатрия");
        assertThat(view.qualificationLevel()).contains(QualificationLevel.FIRST);
        assertThat(view.issuer().region()).isEqualTo(Region.ALMATY_CITY);
        assertThat(view.issuedOn()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(view.validUntil()).contains(LocalDate.of(2029, 5, 10));
        assertThat(view.revokedOn()).isEmpty();
        assertThat(view.revocationGround()).isEmpty();
        assertThat(view.confirms()).isEmpty();
    }

    @Test
    void verify_beforeTheIssueDay_saysNotYetValid_R78() {
        IssuedCertificate tomorrow = CertificateFixtures.issued(CertificateFixtures.number(2026, 3), TODAY.plusDays(1));
        register.add(tomorrow);

        assertThat(found(tomorrow.number().value()).status()).isEqualTo(CertificateStatus.NOT_YET_VALID);
        clock.advance(java.time.Duration.ofDays(1));
        assertThat(found(tomorrow.number().value()).status()).isEqualTo(CertificateStatus.VALID);
    }

    @Test
    void verify_aReplacedCertificate_saysSuperseded_andNamesTheReplacement_fromItsIssueDay_R14_R75() {
        IssuedCertificate earlier = CertificateFixtures.valid();
        IssuedCertificate later = IssuedCertificate.issue(CertificateFixtures.number(2026, 9), HOLDER_IIN,
                CertificateFixtures.HOLDER, earlier.specialty(), earlier.qualificationLevel(), earlier.department(),
                TODAY.plusDays(3), Optional.of(earlier.number()));
        register.add(earlier);
        register.add(later);

        PublicCertificateView before = found(earlier.number().value());
        clock.advance(java.time.Duration.ofDays(3));
        PublicCertificateView replaced = found(earlier.number().value());

        assertThat(before.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(before.supersededBy()).isEmpty();
        assertThat(replaced.status()).isEqualTo(CertificateStatus.SUPERSEDED);
        assertThat(replaced.supersededBy()).contains(later.number());
        assertThat(replaced.supersededOn()).contains(TODAY.plusDays(3));
        assertThat(found(later.number().value()).status()).isEqualTo(CertificateStatus.VALID);
        assertThat(found(later.number().value()).confirms()).contains(earlier.number());
    }

    @Test
    void verify_aReplacedCertificateRevokedLater_saysRevoked_andNamesNoReplacement_R88() {
        IssuedCertificate earlier = CertificateFixtures.valid();
        register.add(earlier);
        register.add(IssuedCertificate.issue(CertificateFixtures.number(2025, 9), HOLDER_IIN,
                CertificateFixtures.HOLDER, earlier.specialty(), earlier.qualificationLevel(), earlier.department(),
                LocalDate.of(2025, 6, 1), Optional.empty()));
        register.update(register.find(earlier.number()).orElseThrow()
                .revoked(CertificateFixtures.revocation(LocalDate.of(2026, 1, 5))), java.time.Instant.EPOCH);

        PublicCertificateView view = found(earlier.number().value());

        assertThat(view.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(view.supersededBy()).isEmpty();
    }

    @Test
    void verify_reportsAnExpiredCertificate_R14() {
        register.add(CertificateFixtures.expired());

        PublicCertificateView view = found(CertificateFixtures.expired().number().value());

        assertThat(view.status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(view.validUntil()).contains(LocalDate.of(2024, 3, 1));
    }

    @Test
    void verify_reportsARevokedCertificate_withItsDayAndGroundCode_butNotTheReason_R88() {
        register.add(CertificateFixtures.revoked());

        PublicCertificateView view = found(CertificateFixtures.revoked().number().value());

        assertThat(view.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(view.revokedOn()).contains(LocalDate.of(2025, 6, 2));
        assertThat(view.revocationGround()).contains("GROUND_4_COURT_PROHIBITION");
        assertThat(view.toString()).doesNotContain(REVOCATION_REASON).doesNotContain("2-777/2025");
    }

    @Test
    void verify_hidesAGroundThatIsNotACodeOfTheRules() {
        IssuedCertificate certificate = CertificateFixtures.valid().revoked(new Revocation(LocalDate.of(2026, 1, 5),
                "по заявлению Жаңабаевой Гүлзейнеп", "заявление владельца", "OFFICER 3 ALMATY_CITY"));
        register.add(certificate);

        PublicCertificateView view = found(certificate.number().value());

        assertThat(view.status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(view.revokedOn()).contains(LocalDate.of(2026, 1, 5));
        assertThat(view.revocationGround()).isEmpty();
    }

    @Test
    void verify_doesNotDiscloseARevocationBeforeItsDay() {
        IssuedCertificate certificate = CertificateFixtures.valid().revoked(
                CertificateFixtures.revocation(TODAY.plusDays(1)));
        register.add(certificate);

        PublicCertificateView view = found(certificate.number().value());

        assertThat(view.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(view.revokedOn()).isEmpty();
        assertThat(view.revocationGround()).isEmpty();
    }

    @Test
    void verify_judgesTheStatusOnTodayInAlmaty_notInUtc_R77() {
        // 19:30 UTC on the 19th is already 00:30 on the 20th in Almaty (UTC+5)
        clock.set(java.time.Instant.parse("2026-11-19T19:30:00Z"));
        IssuedCertificate lastDayYesterday = CertificateFixtures.issued(CertificateFixtures.number(2021, 3),
                LocalDate.of(2021, 11, 19));
        register.add(lastDayYesterday);

        PublicCertificateView view = found(lastDayYesterday.number().value());

        assertThat(view.checkedOn()).isEqualTo(TODAY);
        assertThat(view.status()).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void verify_namesTheCertificateItConfirms_R14() {
        IssuedCertificate confirmation = IssuedCertificate.issue(CertificateFixtures.number(2026, 9), HOLDER_IIN,
                CertificateFixtures.HOLDER, CertificateFixtures.expired().specialty(), Optional.empty(),
                CertificateFixtures.expired().department(), TODAY, Optional.of(CertificateFixtures.expired().number()));
        register.add(confirmation);

        PublicCertificateView view = found(confirmation.number().value());

        assertThat(view.confirms()).contains(CertificateFixtures.expired().number());
        assertThat(view.qualificationLevel()).isEmpty();
    }

    @Test
    void verify_acceptsTheNumberInLowerCaseWithSurroundingSpaces() {
        register.add(CertificateFixtures.valid());

        PublicCertificateView view = found("  " + CertificateFixtures.valid().number().value().toLowerCase() + " ");

        assertThat(view.number()).isEqualTo(CertificateFixtures.valid().number());
    }

    @Test
    void verify_isNotFound_forAWellFormedNumberNotInTheRegister() {
        register.add(CertificateFixtures.valid());

        Verification result = service.verify(CertificateNumbers.issue(Year.of(2024), 2).value());

        assertThat(result).isInstanceOf(Verification.NotFound.class);
    }

    @Test
    void verify_saysAMistypedNumberIsMistyped_ratherThanNotFound() {
        register.add(CertificateFixtures.valid());
        String number = CertificateFixtures.valid().number().value();
        String wrongDigit = number.substring(0, 9) + (char) ('0' + (number.charAt(9) - '0' + 1) % 10)
                + number.substring(10);

        Verification result = service.verify(wrongDigit);

        assertThat(result).isEqualTo(new Verification.Malformed(DomainText.CERTIFICATE_NUMBER_CHECK_DIGIT.message(),
                true));
        assertThat(((Verification.Malformed) result).reason())
                .isEqualTo("the check digit does not match: the number was probably mistyped");
    }

    @Test
    void verify_saysTextThatIsNoCertificateNumberIsMalformed_notMistyped() {
        assertThat(service.verify("12345")).isInstanceOfSatisfying(Verification.Malformed.class, m -> {
            assertThat(m.mistyped()).isFalse();
            assertThat(m.reason()).contains("MC-");
        });
        assertThat(service.verify("   ")).isInstanceOfSatisfying(Verification.Malformed.class,
                m -> assertThat(m.mistyped()).isFalse());
        assertThat(service.verify(null)).isInstanceOfSatisfying(Verification.Malformed.class,
                m -> assertThat(m.reason()).isEqualTo("a certificate number is required"));
    }

    @Test
    void publicView_carriesNoPersonalDataBeyondSurnameAndInitials() {
        register.add(CertificateFixtures.revoked());

        String view = found(CertificateFixtures.revoked().number().value()).toString();

        assertThat(view).contains(HOLDER_INITIALS)
                .doesNotContain(GIVEN_NAME).doesNotContain(PATRONYMIC).doesNotContain(HOLDER_IIN.value())
                .doesNotContain("OFFICER 17");
    }

    private PublicCertificateView found(String number) {
        Verification result = service.verify(number);
        assertThat(result).as("verification of %s", number).isInstanceOf(Verification.Found.class);
        return ((Verification.Found) result).certificate();
    }
}
