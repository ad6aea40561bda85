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
import kz.medcert.application.port.out.CertificationRequestRepository;
import kz.medcert.application.port.out.ConcurrentUpdateException;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.document.DocumentCode;
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
        CertificationRequest request = views.loadForChange(actor, c.id(), "attach documents");
        if (request.status() == RequestStatus.ACCEPTED || request.status() == RequestStatus.ISSUED) {
            throw new RequestConflictException("request " + c.id() + " is already submitted");
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
            throw new RequestConflictException("request " + c.id() + " changed meanwhile; retry the upload");
        }
    }

    private Optional<AttachResult.Rejected> check(AttachDocumentCommand c) {
        if (c.content().length == 0) {
            return reject("content", "the file is empty");
        }
        if (c.content().length > settings.maxAttachmentBytes()) {
            return reject("content", "the file is larger than " + settings.maxAttachmentBytes() + " bytes");
        }
        Optional<MediaType> actual = MediaType.sniff(c.content());
        if (actual.isEmpty()) {
            return reject("content", "only PDF, JPEG and PNG copies are accepted");
        }
        if (MediaType.fromMime(c.mediaType()).filter(actual.get()::equals).isEmpty()) {
            return reject("mediaType", "the declared type " + c.mediaType() + " is not what the file contains ("
                    + actual.get().mime() + ")");
        }
        if (c.fileName().isBlank() || c.fileName().length() > 255 || c.fileName().contains("/")
                || c.fileName().contains("\\")) {
            return reject("fileName", "a plain file name of 1 to 255 characters is required");
        }
        if (c.document() == DocumentCode.NOTARIZED_TRANSLATION && c.translates().isEmpty()) {
            return reject("translates", "a translation names the document it translates (R20)");
        }
        if (c.document() != DocumentCode.NOTARIZED_TRANSLATION && c.translates().isPresent()) {
            return reject("translates", "only a NOTARIZED_TRANSLATION translates another document");
        }
        return Optional.empty();
    }

    private static Optional<AttachResult.Rejected> reject(String field, String reason) {
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
