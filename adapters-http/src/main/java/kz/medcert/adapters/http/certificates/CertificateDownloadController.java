package kz.medcert.adapters.http.certificates;

import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.Downloads;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.RequestProblems;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.pdf.CertificateDocument;
import kz.medcert.adapters.http.pdf.CertificatePdf;
import kz.medcert.application.port.in.certificates.CertificateDocumentView;
import kz.medcert.application.port.in.certificates.GetCertificateUseCase;
import kz.medcert.domain.certificate.CertificateNumber;
import kz.medcert.domain.certificate.CertificateNumbers;

/**
 * The holder downloads their certificate: {@code GET /api/v1/certificates/{number}/pdf}, the bilingual PDF (R75) with
 * a QR code of its public verification page. Only the holder: another's certificate is 404, like an unknown number.
 */
public final class CertificateDownloadController implements Controller {
    private final GetCertificateUseCase certificates;
    private final CertificatePdf pdf = new CertificatePdf();
    private final URI site;
    private final Clock clock;

    /**
     * @param site where the service is published, e.g. {@code https://medcert.gov.kz}: the QR code opens
     *             {@code <site>/verify/<number>}
     */
    public CertificateDownloadController(GetCertificateUseCase certificates, URI site, Clock clock) {
        this.certificates = Objects.requireNonNull(certificates, "certificates");
        this.site = Objects.requireNonNull(site, "site");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        RequestProblems.register(routes);
        routes.allow(Role.APPLICANT).get("/certificates/{number}/pdf", this::download);
    }

    /**
     * The PDF of a certificate its reader may see (the caller has checked that), as this controller serves it: for
     * the web front's download, so that both give the same document.
     */
    public Pdf render(CertificateDocumentView view) {
        CertificateDocument document = CertificateDocuments.of(view, site, clock.instant());
        return new Pdf(CertificatePdf.fileName(document), pdf.render(document));
    }

    /** A rendered certificate: the file name to save it under and the PDF's bytes. */
    public record Pdf(String fileName, byte[] bytes) {
    }

    private void download(Context ctx) {
        String typed = ctx.pathParam("number").strip().toUpperCase(Locale.ROOT);
        CertificateNumbers.invalidity(typed).ifPresent(problem -> {
            throw ProblemException.invalidField("number", problem);
        });
        CertificateNumber number = new CertificateNumber(typed);
        CertificateDocument document = certificates.getForHolder(Authentication.actor(ctx), number)
                .map(view -> CertificateDocuments.of(view, site, clock.instant()))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, HttpText.NOT_HOLDER_OF.message()
                        .with("number", typed)));
        byte[] bytes = pdf.render(document);
        Downloads.asAttachment(ctx, CertificatePdf.fileName(document)).status(200)
                .contentType(CertificatePdf.MEDIA_TYPE).result(bytes);
    }
}
