package kz.medcert.adapters.http.dto;

import kz.medcert.adapters.http.dto.RequestResponse.AttachmentEntry;
import kz.medcert.application.port.in.AttachDocumentUseCase.AttachResult;

/** {@code POST /api/v1/requests/{id}/attachments}: the kept copy and the request as it now stands. */
public record AttachResponse(AttachmentEntry attachment, RequestResponse request) {

    public static AttachResponse from(AttachResult.Attached attached) {
        return new AttachResponse(AttachmentEntry.from(attached.attachment()),
                RequestResponse.from(attached.request()));
    }
}
