package kz.medcert.application.service.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import kz.medcert.application.fakes.InMemoryCertificateRegister;
import kz.medcert.application.fakes.InMemoryCertificationRequestRepository;
import kz.medcert.application.port.out.Notification;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.person.Iin;
import kz.medcert.domain.reference.Language;
import org.junit.jupiter.api.Test;

/** The holder of a certificate that ends within 60 days and that nothing confirms is reminded once, in Russian. */
class RemindExpiringCertificatesServiceTest {
    private final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    private final RemindExpiringCertificatesService reminders = new RemindExpiringCertificatesService(register,
            new InMemoryCertificationRequestRepository(register), register.outbox(),
            Clock.fixed(CertificateFixtures.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void anEndingCertificate_isRemindedOfOnce_andOneEndingLaterNotYet() {
        IssuedCertificate ending = CertificateFixtures.issued(CertificateFixtures.number(2021, 7),
                LocalDate.of(2021, 12, 10));
        // another holder's, ending in 2029 (the same holder's later entry would replace the first, R14, R75)
        IssuedCertificate later = CertificateFixtures.withHolder(CertificateFixtures.issued(
                CertificateFixtures.number(2024, 8), LocalDate.of(2024, 12, 10)), Iin.parse("900101300017"),
                CertificateFixtures.HOLDER);
        register.add(ending);
        register.add(later);
        assertThat(ending.validUntil().orElseThrow()).isBefore(CertificateFixtures.TODAY.plusDays(60));

        assertThat(reminders.remind(CertificateFixtures.TODAY)).isEqualTo(1);
        assertThat(reminders.remind(CertificateFixtures.TODAY.plusDays(1))).as("not a second time").isZero();

        assertThat(register.outbox().stored()).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Notification.Kind.CERTIFICATE_EXPIRING);
            assertThat(n.recipient()).isEqualTo(ending.holder());
            assertThat(n.language()).isEqualTo(Language.RU);
            assertThat(n.detail()).contains(ending.number().value(), "истекает",
                    ending.validUntil().orElseThrow().format(DateTimeFormatter.ofPattern("dd.MM.uuuu")));
        });
    }
}
