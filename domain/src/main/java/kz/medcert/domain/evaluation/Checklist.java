package kz.medcert.domain.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/** Collects what the requirement rules conclude: items, exemptions, findings and review notes. */
final class Checklist {
    private final List<ChecklistItem> items = new ArrayList<>();
    private final Map<DocumentCode, NotRequiredItem> notRequired = new LinkedHashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<ReviewNote> notes = new ArrayList<>();

    void require(ChecklistItem item) {
        items.add(item);
    }

    /**
     * Adds an item; when it is mandatory and unmet, the finding explains the failure. The finding is built only then:
     * its kk/ru/en texts were most of what the rules built for an item that is met (issue 16).
     */
    void require(ChecklistItem item, Supplier<Finding> ifUnmet) {
        items.add(item);
        if (item.isUnmet()) {
            findings.add(ifUnmet.get());
        }
    }

    void notRequired(DocumentCode document, LocalizedText reason, Rule... rules) {
        notRequired.putIfAbsent(document, new NotRequiredItem(document, List.of(rules), reason));
    }

    void fail(Finding finding) {
        findings.add(finding);
    }

    void note(String code, LocalizedText text, Rule... rules) {
        notes.add(new ReviewNote(code, List.of(rules), text));
    }

    List<ChecklistItem> items() {
        return List.copyOf(items);
    }

    /** Exemptions of documents that no other rule requires. */
    List<NotRequiredItem> notRequired() {
        Set<DocumentCode> required = items.stream().map(ChecklistItem::document).collect(Collectors.toSet());
        return notRequired.values().stream().filter(n -> !required.contains(n.document())).toList();
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    List<ReviewNote> notes() {
        return List.copyOf(notes);
    }
}
