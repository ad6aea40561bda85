package kz.medcert.adapters.web.view;

import java.util.Optional;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.domain.evaluation.ChecklistItem;
import kz.medcert.domain.reference.LocalizedText;

/**
 * What a checklist item is about, in the page's language: the rules' words for its subject ({@link
 * ChecklistItem#subjectText()}). A subject the rules have no words for (a key of no known shape, kept as it is in
 * every language) is the rules' English and marked so.
 */
public final class Subjects {

    private Subjects() {
    }

    /** The subject as the page shows it; {@code localized} is false for the rules' English. */
    public record Subject(String text, boolean localized) {
    }

    public static Optional<Subject> of(ChecklistItem item, Messages messages) {
        return item.subjectText().map(words -> new Subject(messages.name(words), translated(words)));
    }

    private static boolean translated(LocalizedText words) {
        return !(words.kk().equals(words.en()) && words.ru().equals(words.en()));
    }
}
