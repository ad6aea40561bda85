package kz.medcert.domain.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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
        return of(evaluation, attachments, Set.of());
    }

    /**
     * As {@link #of(Evaluation, List)}, each slot naming the registry of {@code unavailable} whose place its upload
     * takes (R21, R70; see {@link RegistryFallback}).
     */
    public static List<UploadSlot> of(Evaluation evaluation, List<Attachment> attachments,
                                      Set<StateRegistry> unavailable) {
        List<ChecklistItem> items = evaluation.checklist().stream().filter(UploadSlots::uploaded).toList();
        List<Attachment> unused = new ArrayList<>(attachments);
        List<Optional<Attachment>> matches = new ArrayList<>();
        // an attachment naming its item goes there first, so that an unnamed one cannot take that item's slot
        items.forEach(item -> matches.add(take(unused, a -> names(a, item))));
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            if (matches.get(i).isEmpty()) {
                matches.set(i, take(unused, a -> fills(a, item)));
            }
        }
        List<UploadSlot> slots = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ChecklistItem item = items.get(i);
            boolean required = item.obligation() == Obligation.MANDATORY
                    && item.satisfaction() != Satisfaction.NOT_SATISFIED;
            slots.add(new UploadSlot(item, required, matches.get(i).map(List::of).orElse(List.of()),
                    RegistryFallback.standsInFor(item, unavailable)));
        }
        return slots;
    }

    public static List<UploadSlot> missing(Evaluation evaluation, List<Attachment> attachments) {
        return of(evaluation, attachments).stream().filter(UploadSlot::missing).toList();
    }

    private static boolean uploaded(ChecklistItem item) {
        return item.source() == Source.APPLICANT && !NOT_UPLOADED.contains(item.document());
    }

    private static Optional<Attachment> take(List<Attachment> unused, Predicate<Attachment> fitting) {
        Optional<Attachment> match = unused.stream().filter(fitting).findFirst();
        match.ifPresent(unused::remove);
        return match;
    }

    /** The attachment is for exactly this item: same document and same subject (R20: a translation, per document). */
    private static boolean names(Attachment attachment, ChecklistItem item) {
        if (attachment.document() != item.document()) {
            return false;
        }
        if (item.document() == DocumentCode.NOTARIZED_TRANSLATION) {
            return item.subject().equals(attachment.translates().map(DocumentCode::name));
        }
        return attachment.subject().equals(item.subject());
    }

    /** The attachment may fill this item: it names it, or it is of the same document and names no subject. */
    private static boolean fills(Attachment attachment, ChecklistItem item) {
        return names(attachment, item) || (attachment.document() == item.document()
                && item.document() != DocumentCode.NOTARIZED_TRANSLATION && attachment.subject().isEmpty());
    }
}
