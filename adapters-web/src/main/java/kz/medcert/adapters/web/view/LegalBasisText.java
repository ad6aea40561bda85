package kz.medcert.adapters.web.view;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.medcert.adapters.web.i18n.Language;
import kz.medcert.adapters.web.i18n.Messages;

/**
 * A checklist item's legal basis in the page's language. The rules word it in English for the API
 * ({@code "Appendix 2, row 8, first-time item 3"}, {@code "Rules, paragraph 9, bullet 7; A2-IF item 10"}); each of
 * its phrases has its words in the bundles ({@code basis.*}), and a phrase the list does not know stays as the rules
 * wrote it, so that a new basis is never lost, only left in English until it is worded here.
 */
public final class LegalBasisText {
    private record Phrase(Pattern english, String key) {
    }

    // longest phrases first: "confirmation item 3" before "Appendix 2", "A2-IF item 10" before a bare "item"
    private static final List<Phrase> PHRASES = List.of(
            new Phrase(Pattern.compile("first-time item (\\d+)"), "basis.firstTimeItem"),
            new Phrase(Pattern.compile("confirmation item (\\d+)"), "basis.confirmationItem"),
            new Phrase(Pattern.compile("closing paragraphs of the confirmation list"), "basis.confirmationClosing"),
            new Phrase(Pattern.compile("higher education conditions \\(8-C\\)"), "basis.higherEducation"),
            new Phrase(Pattern.compile("TVET conditions \\(8-D\\)"), "basis.tvet"),
            new Phrase(Pattern.compile("general provisions \\(8-E\\)"), "basis.generalProvisions"),
            new Phrase(Pattern.compile("A(\\d+)-IF item (\\d+)"), "basis.informationFormOfItem"),
            new Phrase(Pattern.compile("information form item (\\d+)"), "basis.informationFormItem"),
            new Phrase(Pattern.compile("information form"), "basis.informationForm"),
            new Phrase(Pattern.compile("\\(form A(\\d+)\\)"), "basis.form"),
            new Phrase(Pattern.compile("Rules, paragraph (\\d+)"), "basis.rulesParagraph"),
            new Phrase(Pattern.compile("Appendix (\\d+)"), "basis.appendix"),
            new Phrase(Pattern.compile("row (\\d+)"), "basis.row"),
            new Phrase(Pattern.compile("bullet (\\d+)"), "basis.bullet"));

    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");

    private LegalBasisText() {
    }

    /** {@code basis} worded in {@code messages}' language; in English, as the rules wrote it. */
    public static String of(String basis, Messages messages) {
        return messages.language() == Language.EN ? basis : translatedPhraseByPhrase(basis, messages);
    }

    /** Each known phrase replaced by its words in the bundle (in English, the rules' own words again). */
    static String translatedPhraseByPhrase(String basis, Messages messages) {
        String text = basis;
        for (Phrase phrase : PHRASES) {
            Matcher m = phrase.english().matcher(text);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                Object[] numbers = new Object[m.groupCount()];
                for (int i = 0; i < numbers.length; i++) {
                    numbers[i] = m.group(i + 1);
                }
                m.appendReplacement(out, Matcher.quoteReplacement(messages.t(phrase.key(), numbers)));
            }
            m.appendTail(out);
            text = out.toString();
        }
        return text;
    }

    /**
     * {@code basis} worded whole in {@code messages}' language, or empty where a phrase is not worded here yet (the
     * page then shows the rules' English, marked as such, rather than a mix of two languages).
     */
    public static Optional<String> worded(String basis, Messages messages) {
        String text = of(basis, messages);
        return messages.language() == Language.EN || !ENGLISH_WORD.matcher(text).find()
                ? Optional.of(text) : Optional.empty();
    }
}
