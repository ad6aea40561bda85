package kz.medcert.domain.reference;

import java.util.Locale;
import java.util.Optional;

/** The languages the service speaks: Kazakh (the state language), Russian and English, by their BCP 47 tags. */
public enum Language {
    KK("kk"),
    RU("ru"),
    EN("en");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The language's BCP 47 tag: {@code kk}, {@code ru} or {@code en}. */
    public String tag() {
        return tag;
    }

    /** The JDK locale of the language, for its locale data (country names). */
    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language of a tag ({@code kk}, {@code ru-RU}, {@code EN}); empty for any other language. */
    public static Optional<Language> ofTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        for (Language language : values()) {
            if (language.tag.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
