package kz.medcert.domain.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/**
 * One document or data item the application needs, with where it comes from, whether the dossier shows it, the
 * rules that require it and its legal basis (appendix, row, item).
 *
 * @param subject        what the item is about when a document occurs more than once (e.g. which diploma): a stable
 *                       key (upload slots are named by it), not a text for people
 * @param subjectText    the same in words, in kk/ru/en («Жоғары білім, Педиатрия, 30.06.2010», {@link
 *                       ChecklistSubjects}): present exactly when the subject is
 * @param minimumCredits for professional development: the total volume required (R26, R32)
 * @param window         for professional development: the days in which it must have ended
 */
public record ChecklistItem(DocumentCode document, Obligation obligation, Source source, Satisfaction satisfaction,
                            List<Rule> rules, String basis, Optional<String> subject,
                            Optional<LocalizedText> subjectText, Optional<BigDecimal> minimumCredits,
                            Optional<DateWindow> window) {

    public ChecklistItem {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(satisfaction, "satisfaction");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("every checklist item cites a rule: " + document);
        }
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectText, "subjectText");
        if (subjectText.isPresent() != subject.isPresent()) {
            throw new IllegalArgumentException("a subject and its words come together: " + document);
        }
        Objects.requireNonNull(minimumCredits, "minimumCredits");
        Objects.requireNonNull(window, "window");
    }

    public static ChecklistItem of(DocumentCode document, Obligation obligation, Source source,
                                   Satisfaction satisfaction, String basis, Rule... rules) {
        return new ChecklistItem(document, obligation, source, satisfaction, List.of(rules), basis,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The item about one subject: {@code key} names it stably, {@code text} describes it to people. */
    public ChecklistItem about(String key, LocalizedText text) {
        return new ChecklistItem(document, obligation, source, satisfaction, rules, basis, Optional.of(key),
                Optional.of(text), minimumCredits, window);
    }

    public ChecklistItem withVolume(Optional<BigDecimal> credits, DateWindow days) {
        return new ChecklistItem(document, obligation, source, satisfaction, rules, basis, subject, subjectText,
                credits, Optional.of(days));
    }

    /** A mandatory item the dossier shows as missing: it decides the outcome. */
    public boolean isUnmet() {
        return obligation == Obligation.MANDATORY && satisfaction == Satisfaction.NOT_SATISFIED;
    }
}
