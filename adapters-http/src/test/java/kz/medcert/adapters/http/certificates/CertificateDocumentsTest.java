package kz.medcert.adapters.http.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import kz.medcert.adapters.http.certificates.CertificateDocuments;
import kz.medcert.adapters.http.pdf.CertificateDocument;
import kz.medcert.adapters.http.pdf.CertificatePdf;
import kz.medcert.application.fakes.InMemoryCertificateRegister;
import kz.medcert.application.fakes.MutableClock;
import kz.medcert.application.port.in.certificates.CertificateDocumentView;
import kz.medcert.application.service.certificates.GetCertificateService;
import kz.medcert.application.testing.CertificateFixtures;
import kz.medcert.domain.certificate.IssuedCertificate;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import org.junit.jupiter.api.Test;

/** A register entry read for its holder becomes the printed certificate, its QR code pointing at /verify/{number}. */
class CertificateDocumentsTest {
    private static final Instant GENERATED = Instant.parse("2026-11-20T05:00:00Z");

    @Test
    void theHoldersViewIsPrintedInKazakhAndRussian_withTheVerificationPageInTheQrCode() {
        IssuedCertificate interventional = CertificateFixtures.inSpecialty(CertificateFixtures.valid(),
                "INTERVENTIONAL_CARDIOLOGY");
        InMemoryCertificateRegister register = new InMemoryCertificateRegister();
        register.add(interventional);
        CertificateDocumentView view = new GetCertificateService(register, SpecialtyCatalogue.standard(),
                MutableClock.at("2026-11-20T10:00+05:00")).get(interventional.number()).orElseThrow();

        CertificateDocument document = CertificateDocuments.of(view, URI.create("https://medcert.gov.kz"), GENERATED);

        assertThat(document.holderFullName()).isEqualTo("Жаңабаева Гүлзейнеп Сәкенқызы");
        assertThat(document.specialty().ru()).isEqualTo("Кардиология");
        assertThat(document.specializations()).singleElement()
                .satisfies(s -> assertThat(s.kk()).isEqualTo("Интервенциялық кардиология"));
        assertThat(document.qualificationLevel())
                .hasValueSatisfying(l -> assertThat(l.kk()).isEqualTo("Бірінші санат"));
        assertThat(document.status().kk()).isEqualTo("Жарамды");
        assertThat(document.status().ru()).isEqualTo("Действителен");
        assertThat(document.verificationUrl()).isEqualTo(URI.create("https://medcert.gov.kz/verify/"
                + interventional.number()));
        assertThat(new CertificatePdf().render(document)).startsWith("%PDF".getBytes());
    }
}
