package kz.medcert.domain.request;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import kz.medcert.domain.document.DocumentCode;

/**
 * An electronic copy uploaded for a checklist item (R19), identified by its SHA-256; a copy in a language other than
 * Kazakh or Russian needs a notarized translation (R20), which is itself an attachment naming the document it
 * translates.
 *
 * @param translates for a NOTARIZED_TRANSLATION: the document it translates
 */
public record Attachment(UUID id, DocumentCode document, Optional<String> subject, String fileName,
                         MediaType mediaType, long size, String sha256, boolean foreignLanguage,
                         Optional<DocumentCode> translates, Instant attachedAt) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(translates, "translates");
        Objects.requireNonNull(attachedAt, "attachedAt");
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
        }
        if (size <= 0) {
            throw new IllegalArgumentException("an attachment cannot be empty");
        }
        if (fileName.isBlank() || fileName.length() > 255) {
            throw new IllegalArgumentException("file name must be 1..255 characters");
        }
        if (document == DocumentCode.NOTARIZED_TRANSLATION && translates.isEmpty()) {
            throw new IllegalArgumentException("a translation names the document it translates");
        }
    }
}
