package kz.medcert.adapters.web.applicant;

import kz.medcert.adapters.web.WebRequest;
import kz.medcert.application.port.in.requests.GetAttachmentUseCase;

/**
 * An uploaded copy shown inline in the browser (PDF, JPEG or PNG only: R19 admits nothing else), as its declared
 * media type, never sniffed, with a policy that runs no script.
 */
public final class AttachmentResponses {

    private AttachmentResponses() {
    }

    public static void inline(WebRequest request, GetAttachmentUseCase.Content content) {
        String safeName = content.attachment().fileName().replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        request.ctx().header("Content-Security-Policy", "default-src 'none'; img-src 'self'; object-src 'self'; "
                + "frame-ancestors 'self'");
        request.ctx().header("X-Frame-Options", "SAMEORIGIN");
        request.ctx().header("Content-Disposition", "inline; filename=\"" + safeName + "\"");
        request.ctx().contentType(content.attachment().mediaType().mime()).result(content.bytes());
    }
}
