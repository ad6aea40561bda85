package kz.medcert.domain.request;

import java.util.List;
import java.util.Objects;
import kz.medcert.domain.evaluation.ChecklistItem;

/**
 * A checklist item the applicant uploads (source APPLICANT), whether the portal requires it before submission (R22),
 * and the attachments that fill it.
 */
public record UploadSlot(ChecklistItem item, boolean required, List<Attachment> uploads) {
    public UploadSlot {
        Objects.requireNonNull(item, "item");
        uploads = List.copyOf(uploads);
    }

    public boolean filled() {
        return !uploads.isEmpty();
    }

    /** A required slot still empty: submission waits for it (R22). */
    public boolean missing() {
        return required && !filled();
    }
}
