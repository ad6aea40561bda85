package kz.medcert.domain.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.reference.LocalizedText;
import kz.medcert.domain.rules.Rule;

/** A document the application does not need, with the rules that exempt it and why, in kk/ru/en. */
public record NotRequiredItem(DocumentCode document, List<Rule> rules, LocalizedText reasonText) {
    public NotRequiredItem {
        Objects.requireNonNull(document, "document");
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("an exemption cites a rule: " + document);
        }
        Objects.requireNonNull(reasonText, "reasonText");
    }

    /**
     * The reason the rules give in kk/ru/en for its English text {@code english} ({@link #reason()}, the text every
     * version of the API has given); empty for a text the rules no longer give.
     */
    public static Optional<LocalizedText> reasonWorded(String english) {
        return Exemptions.byEnglish(english);
    }

    /**
     * The reasons the rules give, as the instances the evaluation hands out (an exemption's reason is one of them, or
     * one of them followed by the gap review's text): what an adapter may prepare once, e.g. encoded for its answers.
     */
    public static List<LocalizedText> reasonsWorded() {
        return Exemptions.all();
    }

    /** Why, in English: the text every version of the API has given. */
    public String reason() {
        return reasonText.en();
    }
}
