package kz.medcert.adapters.web;

import kz.medcert.application.port.in.certificates.CertificateDocumentView;

/**
 * Renders a certificate as the PDF its holder downloads. The front does not draw certificates itself: the wiring
 * hands it the same renderer as the API's download, so both give the same document.
 */
@FunctionalInterface
public interface CertificateFiles {

    Rendered pdf(CertificateDocumentView view);

    /** The file name to save the PDF under, and its bytes. */
    record Rendered(String fileName, byte[] bytes) {
    }
}
