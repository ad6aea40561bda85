package kz.medcert.domain.reference;

import java.util.Arrays;
import java.util.Objects;

/** A text in the three languages the service speaks: Kazakh (state language), Russian and English. */
public record LocalizedText(String kk, String ru, String en) {

    public LocalizedText {
        Objects.requireNonNull(kk, "kk");
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String kk, String ru, String en) {
        return new LocalizedText(kk, ru, en);
    }

    /** The same text in every language: a number, a date or a name that is not translated. */
    public static LocalizedText same(String text) {
        return new LocalizedText(text, text, text);
    }

    /** The text in {@code language}. */
    public String in(Language language) {
        return switch (language) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
    }

    /** Joins texts language by language with the given separator. */
    public static LocalizedText join(String separator, Iterable<LocalizedText> parts) {
        StringBuilder kk = new StringBuilder();
        StringBuilder ru = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (LocalizedText part : parts) {
            if (kk.length() > 0) {
                kk.append(separator);
                ru.append(separator);
                en.append(separator);
            }
            kk.append(part.kk);
            ru.append(part.ru);
            en.append(part.en);
        }
        return new LocalizedText(kk.toString(), ru.toString(), en.toString());
    }

    /** Joins texts language by language with the given separator. */
    public static LocalizedText join(String separator, LocalizedText... parts) {
        return join(separator, Arrays.asList(parts));
    }

    /** Prefixes each language with its own text. */
    public LocalizedText prefixedBy(LocalizedText prefix) {
        return new LocalizedText(prefix.kk + kk, prefix.ru + ru, prefix.en + en);
    }

    /** Appends the same text (e.g. rule IDs) to each language. */
    public LocalizedText suffixed(String suffix) {
        return new LocalizedText(kk + suffix, ru + suffix, en + suffix);
    }
}
