package kz.medcert.application.service.requests;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.UUID;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.requests.GetAttachmentUseCase;
import kz.medcert.application.port.out.RequestAttachments;
import kz.medcert.application.service.RequestViews;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.RequestId;

/** Serves an uploaded copy to those who may read its request (R19, R70, R71). */
public final class GetAttachmentService implements GetAttachmentUseCase {
    private final RequestAttachments repository;
    private final RequestViews views;

    @Inject
    public GetAttachmentService(RequestAttachments repository, RequestViews views) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.views = Objects.requireNonNull(views, "views");
    }

    @Override
    public Content get(Actor actor, RequestId id, UUID attachmentId) {
        CertificationRequest request = views.loadForReading(actor, id);
        Attachment attachment = request.state().attachments().stream().filter(a -> a.id().equals(attachmentId))
                .findFirst().orElseThrow(() -> new RequestNotFoundException(id));
        byte[] bytes = repository.content(id, attachmentId).orElseThrow(() -> new IllegalStateException(
                "attachment " + attachmentId + " of request " + id + " is listed but its content is not stored"));
        return new Content(attachment, bytes);
    }
}
