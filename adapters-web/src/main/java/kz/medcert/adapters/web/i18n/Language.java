package kz.medcert.adapters.web.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import kz.medcert.domain.reference.LocalizedText;

/** The languages of the front: Kazakh (the state language, the default), Russian and English. */
public enum Language {
    KK("kk", "Қазақша"), RU("ru", "Русский"), EN("en", "English");

    public static final Language DEFAULT = KK;

    private final String code;
    private final String selfName;

    Language(String code, String selfName) {
        this.code = code;
        this.selfName = selfName;
    }

    /** The ISO 639-1 code: {@code lang} of the page, the cookie's value, the bundle's suffix. */
    public String code() {
        return code;
    }

    /** The language's name in itself, as the switch shows it. */
    public String selfName() {
        return selfName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The same language as the domain names it, for its worded texts ({@link kz.medcert.domain.reference.Message}). */
    public kz.medcert.domain.reference.Language domain() {
        return switch (this) {
            case KK -> kz.medcert.domain.reference.Language.KK;
            case RU -> kz.medcert.domain.reference.Language.RU;
            case EN -> kz.medcert.domain.reference.Language.EN;
        };
    }

    /** The text in this language. */
    public String of(LocalizedText text) {
        return switch (this) {
            case KK -> text.kk();
            case RU -> text.ru();
            case EN -> text.en();
        };
    }

    public static Optional<Language> byCode(String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(code.strip())).findFirst();
    }

    /** The first of the browser's languages the front speaks, by the weights of {@code Accept-Language}. */
    public static Optional<Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (range.getWeight() <= 0) {
                    continue;
                }
                String primary = range.getRange().split("-", 2)[0];
                Optional<Language> found = byCode(primary);
                if (found.isPresent()) {
                    return found;
                }
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a malformed header counts as none
        }
        return Optional.empty();
    }
}
