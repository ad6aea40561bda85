package kz.medcert.application.port.in.requests;

import java.util.Objects;
import java.util.UUID;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.RequestId;

/**
 * An uploaded electronic copy (R19), for whoever may read its request: the applicant, an officer of the request's
 * department checking it before deciding (R70: applicant-provided data are verified by the provider), an admin.
 */
public interface GetAttachmentUseCase {

    /**
     * The copy and its bytes (checked against the stored SHA-256).
     *
     * @throws RequestNotFoundException when the request is not there or not the actor's to read, or it lists no such
     *                                  attachment
     */
    Content get(Actor actor, RequestId id, UUID attachmentId);

    /** An attachment's description and its bytes. */
    record Content(Attachment attachment, byte[] bytes) {
        public Content {
            Objects.requireNonNull(attachment, "attachment");
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
