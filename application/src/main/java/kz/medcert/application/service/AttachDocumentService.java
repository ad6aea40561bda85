package kz.medcert.application.service;

import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.port.in.AttachDocumentUseCase;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.Message;
import kz.medcert.domain.request.Attachment;
import kz.medcert.domain.request.CertificationRequest;
import kz.medcert.domain.request.MediaType;
import kz.medcert.domain.request.RequestStatus;

/**
 * Keeps an electronic copy (R19) with its SHA-256. The content must really be a PDF, JPEG or PNG and within the size
 * limit; the copy and the request are stored in one transaction.
 */
public final class AttachDocumentService implements AttachDocumentUseCase {
    private final CertificationRequestRepository repository;
    private final RequestViews views;
    private final RequestSettings settings;
    private final Clock clock;

    @Inject
    public AttachDocumentService(CertificationRequestRepository repository, RequestViews views,
                                 RequestSettings settings, Clock clock) {
        this.repository = repository;
        this.views = views;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public AttachResult attach(Actor actor, AttachDocumentCommand c) {
        CertificationRequest request = views.loadForChange(actor, c.id(), ServiceText.ACTION_ATTACH_DOCUMENTS);
        if (request.status() == RequestStatus.ACCEPTED || request.status() == RequestStatus.ISSUED) {
            throw new RequestConflictException(DomainText.REQUEST_ALREADY_SUBMITTED.message().with("request", c.id()));
        }
        Optional<AttachResult.Rejected> rejected = check(c);
        if (rejected.isPresent()) {
            return rejected.get();
        }
        Attachment attachment = new Attachment(UUID.randomUUID(), c.document(), c.subject().filter(s -> !s.isBlank()),
                c.fileName().strip(), MediaType.sniff(c.content()).orElseThrow(), c.content().length,
                sha256(c.content()), c.foreignLanguage(), c.translates(), clock.instant());
        try {
            CertificationRequest stored = repository.update(request.attached(attachment, actor.auditLabel()),
                    attachment.id(), c.content());
            return new AttachResult.Attached(attachment, views.view(stored));
        } catch (ConcurrentUpdateException e) {
            throw new RequestConflictException(ServiceText.REQUEST_CHANGED_RETRY_UPLOAD.message().with("request",
                    c.id()));
        }
    }

    private Optional<AttachResult.Rejected> check(AttachDocumentCommand c) {
        if (c.content().length == 0) {
            return reject("content", ServiceText.UPLOAD_EMPTY.message());
        }
        if (c.content().length > settings.maxAttachmentBytes()) {
            return reject("content", ServiceText.UPLOAD_TOO_LARGE.message().with("max", settings.maxAttachmentBytes()));
        }
        Optional<MediaType> actual = MediaType.sniff(c.content());
        if (actual.isEmpty()) {
            return reject("content", ServiceText.UPLOAD_TYPE.message());
        }
        if (MediaType.fromMime(c.mediaType()).filter(actual.get()::equals).isEmpty()) {
            return reject("mediaType", ServiceText.UPLOAD_TYPE_MISMATCH.message().with("declared", c.mediaType())
                    .with("actual", actual.get().mime()));
        }
        if (c.fileName().isBlank() || c.fileName().length() > 255 || c.fileName().contains("/")
                || c.fileName().contains("\\")) {
            return reject("fileName", ServiceText.UPLOAD_FILE_NAME.message());
        }
        if (c.document() == DocumentCode.NOTARIZED_TRANSLATION && c.translates().isEmpty()) {
            return reject("translates", ServiceText.UPLOAD_TRANSLATION_NAMES_DOCUMENT.message());
        }
        if (c.document() != DocumentCode.NOTARIZED_TRANSLATION && c.translates().isPresent()) {
            return reject("translates", ServiceText.UPLOAD_ONLY_TRANSLATION_TRANSLATES.message());
        }
        return Optional.empty();
    }

    private static Optional<AttachResult.Rejected> reject(String field, Message reason) {
        return Optional.of(new AttachResult.Rejected(field, reason));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
