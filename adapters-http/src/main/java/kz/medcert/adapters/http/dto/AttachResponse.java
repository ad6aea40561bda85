package kz.medcert.adapters.http.dto;

import kz.medcert.adapters.http.dto.RequestResponse.AttachmentEntry;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase.AttachResult;

/**
 * {@code POST /api/v1/requests/{id}/attachments}: the kept copy, the earlier copy of the same checklist item it
 * replaced (null if none; it stays in the history), and the request as it now stands.
 */
public record AttachResponse(AttachmentEntry attachment, AttachmentEntry replaced, RequestResponse request) {

    public static AttachResponse from(AttachResult.Attached attached) {
        return new AttachResponse(AttachmentEntry.from(attached.attachment()),
                attached.replaced().map(AttachmentEntry::from).orElse(null), RequestResponse.from(attached.request()));
    }
}
