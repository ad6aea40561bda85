package kz.medcert.domain.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.evaluation.Evaluation;
import kz.medcert.domain.evaluation.Obligation;
import kz.medcert.domain.evaluation.Satisfaction;
import kz.medcert.domain.evaluation.Source;

/**
 * Matches uploads to the checklist (R19–R22). A mandatory applicant item is a required slot unless the dossier already
 * shows the applicant does not have the document (NOT_SATISFIED: a refusal matter for the officer, not a reason to
 * block submission forever). The application and the information form are the request itself, not uploads.
 */
public final class UploadSlots {
    private static final Set<DocumentCode> NOT_UPLOADED = Set.of(DocumentCode.APPLICATION,
            DocumentCode.INFORMATION_FORM, DocumentCode.PROHIBITION_CHECK);

    private UploadSlots() {
    }

    public static List<UploadSlot> of(Evaluation evaluation, List<Attachment> attachments) {
        List<Attachment> unused = new ArrayList<>(attachments);
        List<UploadSlot> slots = new ArrayList<>();
        for (ChecklistItem item : evaluation.checklist()) {
            if (item.source() != Source.APPLICANT || NOT_UPLOADED.contains(item.document())) {
                continue;
            }
            boolean required = item.obligation() == Obligation.MANDATORY
                    && item.satisfaction() != Satisfaction.NOT_SATISFIED;
            Optional<Attachment> match = unused.stream().filter(a -> fills(a, item)).findFirst();
            match.ifPresent(unused::remove);
            slots.add(new UploadSlot(item, required, match.map(List::of).orElse(List.of())));
        }
        return slots;
    }

    public static List<UploadSlot> missing(Evaluation evaluation, List<Attachment> attachments) {
        return of(evaluation, attachments).stream().filter(UploadSlot::missing).toList();
    }

    private static boolean fills(Attachment attachment, ChecklistItem item) {
        if (attachment.document() != item.document()) {
            return false;
        }
        if (item.document() == DocumentCode.NOTARIZED_TRANSLATION) {
            return item.subject().equals(attachment.translates().map(DocumentCode::name)); // R20: per document
        }
        return attachment.subject().isEmpty() || attachment.subject().equals(item.subject());
    }
}
