package kz.medcert.application.service.certificates;

import static kz.medcert.application.testing.CertificateFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import kz.medcert.application.fakes.InMemoryCertificateRegister;
import kz.medcert.application.fakes.MutableClock;
import kz.medcert.application.port.in.certificates.CertificateDocumentView;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.domain.certificate.CertificateStatus;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import org.junit.jupiter.api.Test;

/** The certificate as printed for its holder (R75): full name, specialty and specialization, dates and status. */
class GetCertificateServiceTest {
    private final InMemoryCertificateRegister register = new InMemoryCertificateRegister();
    private final GetCertificateService service = new GetCertificateService(register, SpecialtyCatalogue.standard(),
            MutableClock.at("2026-11-20T10:00+05:00"));

    @Test
    void get_givesWhatIsPrintedOnTheCertificate_withTheFullNameAndStatusToday() {
        register.add(CertificateFixtures.valid());

        CertificateDocumentView view = service.get(CertificateFixtures.valid().number()).orElseThrow();

        assertThat(view.holderFullName()).isEqualTo("Жаңабаева Гүлзейнеп Сәкенқызы");
        assertThat(view.specialty().kk()).isEqualTo("Педиатрия");
        assertThat(view.specializations()).isEmpty();
        assertThat(view.qualificationLevel()).hasValueSatisfying(l -> assertThat(l.ru()).isEqualTo("Первая категория"));
        assertThat(view.issuingDepartment().ru()).contains("город Алматы");
        assertThat(view.issuedOn()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(view.validUntil()).contains(LocalDate.of(2029, 5, 10));
        assertThat(view.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(view.statusOn()).isEqualTo(TODAY);
    }

    @Test
    void get_printsASpecializationUnderItsSpecialty_R100() {
        IssuedCertificate interventional = CertificateFixtures.inSpecialty(CertificateFixtures.valid(),
                "INTERVENTIONAL_CARDIOLOGY");
        register.add(interventional);

        CertificateDocumentView view = service.get(interventional.number()).orElseThrow();

        assertThat(view.specialty().ru()).isEqualTo("Кардиология");
        assertThat(view.specializations()).singleElement()
                .satisfies(s -> assertThat(s.ru()).isEqualTo("Интервенционная кардиология"));
    }

    @Test
    void get_isEmpty_forANumberNotInTheRegister() {
        assertThat(service.get(CertificateFixtures.valid().number())).isEmpty();
    }
}
