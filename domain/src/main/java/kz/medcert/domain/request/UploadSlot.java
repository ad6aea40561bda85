package kz.medcert.domain.request;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.evaluation.ChecklistItem;

/**
 * A checklist item the applicant uploads (source APPLICANT), whether the portal requires it before submission (R22),
 * and the attachments that fill it.
 *
 * @param fallbackFor the state registry whose place the upload takes, because it was unavailable (R21, R70)
 */
public record UploadSlot(ChecklistItem item, boolean required, List<Attachment> uploads,
                         Optional<StateRegistry> fallbackFor) {
    public UploadSlot {
        Objects.requireNonNull(item, "item");
        uploads = List.copyOf(uploads);
        Objects.requireNonNull(fallbackFor, "fallbackFor");
    }

    /** A slot of an item the applicant uploads in any case. */
    public UploadSlot(ChecklistItem item, boolean required, List<Attachment> uploads) {
        this(item, required, uploads, Optional.empty());
    }

    public boolean filled() {
        return !uploads.isEmpty();
    }

    /** A required slot still empty: submission waits for it (R22). */
    public boolean missing() {
        return required && !filled();
    }
}
