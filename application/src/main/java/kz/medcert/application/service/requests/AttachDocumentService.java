package kz.medcert.application.service.requests;

import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.ServiceText;
import kz.medcert.application.port.in.requests.AttachDocumentUseCase;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.application.port.out.RequestAttachments;
import kz.medcert.application.service.RequestSettings;
import kz.medcert.application.service.RequestViews;
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
 * limit; its file name is kept without control or bidirectional characters; the request stores no more files and bytes
 * than {@link UploadLimits} allow. A copy for a checklist item that already has one (same document, subject and
 * translated document) replaces it; the earlier copy stays in the history. The copy and the request are stored in one
 * transaction, at the version the limits were counted at.
 */
public final class AttachDocumentService implements AttachDocumentUseCase {
    private final RequestAttachments repository;
    private final RequestViews views;
    private final RequestSettings settings;
    private final UploadLimits limits;
    private final Clock clock;

    @Inject
    public AttachDocumentService(RequestAttachments repository, RequestViews views,
                                 RequestSettings settings, UploadLimits limits, Clock clock) {
        this.repository = repository;
        this.views = views;
        this.settings = settings;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    public AttachResult attach(Actor actor, AttachDocumentCommand c) {
        CertificationRequest request = views.loadForChange(actor, c.id(), ServiceText.ACTION_ATTACH_DOCUMENTS);
        if (request.status() == RequestStatus.ACCEPTED || request.status() == RequestStatus.ISSUED) {
            throw new RequestConflictException(DomainText.REQUEST_ALREADY_SUBMITTED.message().with("request", c.id()));
        }
        String fileName = FileNames.clean(c.fileName());
        Optional<AttachResult.Rejected> rejected = check(c, fileName);
        if (rejected.isPresent()) {
            return rejected.get();
        }
        Optional<AttachResult.OverLimit> over = overLimit(request, c.content().length);
        if (over.isPresent()) {
            return over.get();
        }
        Attachment attachment = new Attachment(UUID.randomUUID(), c.document(), c.subject().filter(s -> !s.isBlank()),
                fileName, MediaType.sniff(c.content()).orElseThrow(), c.content().length,
                sha256(c.content()), c.foreignLanguage(), c.translates(), clock.instant());
        Optional<Attachment> earlier = request.state().attachments().stream()
                .filter(a -> sameItem(a, attachment)).findFirst();
        CertificationRequest next = earlier.map(e -> request.replaced(e, attachment, actor.auditLabel()))
                .orElseGet(() -> request.attached(attachment, actor.auditLabel()));
        try {
            CertificationRequest stored = repository.attach(next, attachment.id(), c.content());
            return new AttachResult.Attached(attachment, views.view(stored), earlier);
        } catch (ConcurrentUpdateException e) {
            throw new RequestConflictException(ServiceText.REQUEST_CHANGED_RETRY_UPLOAD.message().with("request",
                    c.id()));
        }
    }

    // Counted at the version read: an upload stored meanwhile makes this one's write fail as a concurrent update.
    private Optional<AttachResult.OverLimit> overLimit(CertificationRequest request, long bytes) {
        RequestAttachments.StoredUploads stored = repository.storedUploads(request.id());
        if (stored.files() >= limits.maxFiles()) {
            return Optional.of(new AttachResult.OverLimit(AttachResult.OverLimit.Limit.FILES,
                    ServiceText.UPLOAD_LIMIT_FILES.message().with("files", stored.files())));
        }
        if (stored.bytes() + bytes > limits.maxBytes()) {
            return Optional.of(new AttachResult.OverLimit(AttachResult.OverLimit.Limit.BYTES,
                    ServiceText.UPLOAD_LIMIT_BYTES.message().with("bytes", stored.bytes() + bytes)
                            .with("max", limits.maxBytes())));
        }
        return Optional.empty();
    }

    /** The same checklist item: document, subject and, for a translation, the document translated (R20). */
    private static boolean sameItem(Attachment a, Attachment b) {
        return a.document() == b.document() && a.subject().equals(b.subject()) && a.translates().equals(b.translates());
    }

    private Optional<AttachResult.Rejected> check(AttachDocumentCommand c, String fileName) {
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
        if (fileName.isBlank() || fileName.length() > 255 || fileName.contains("/") || fileName.contains("\\")) {
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
