package kz.medcert.adapters.http.certificates;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import kz.medcert.adapters.http.pdf.BilingualText;
import kz.medcert.adapters.http.pdf.CertificateDocument;
import kz.medcert.adapters.http.verification.CertificateVerificationController;
import kz.medcert.adapters.http.verification.VerificationTexts;
import kz.medcert.application.port.in.certificates.CertificateDocumentView;

/**
 * What the PDF renderer prints ({@link CertificateDocument}) for a certificate read through
 * {@code GetCertificateUseCase}, with the QR code pointing at the public verification page of its number. For the
 * holder's download, which must sit behind authentication (the view carries the full name).
 */
final class CertificateDocuments {
    /** The legal basis line, in Kazakh and Russian. */
    static final String LEGAL_BASIS = "ҚР ДСМ-274/2020 бұйрығы (2024 жылғы 20 маусымдағы № 23 бұйрықпен "
            + "өзгертулерімен) / Приказ ҚР ДСМ-274/2020 (с изменениями, внесёнными приказом № 23 от 20 июня 2024 г.)";

    private CertificateDocuments() {
    }

    /**
     * @param site        where the service is published, e.g. {@code https://medcert.gov.kz}; the QR code encodes
     *                    {@code <site>/verify/<number>}
     * @param generatedAt when the PDF is produced
     */
    static CertificateDocument of(CertificateDocumentView view, URI site, Instant generatedAt) {
        Objects.requireNonNull(site, "site");
        URI verification = site.resolve(CertificateVerificationController.PAGE_PATH + "/" + view.number().value());
        return new CertificateDocument(view.number().value(), view.holderFullName(), BilingualText.of(view.specialty()),
                view.specializations().stream().map(BilingualText::of).toList(),
                view.qualificationLevel().map(BilingualText::of), BilingualText.of(view.issuingDepartment()),
                view.issuedOn(), view.validUntil(), BilingualText.of(VerificationTexts.status(view.status())),
                LEGAL_BASIS, verification, generatedAt, view.organisation());
    }
}
