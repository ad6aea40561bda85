package kz.medcert.adapters.http.pdf;

import java.util.Objects;
import kz.medcert.domain.reference.LocalizedText;

/**
 * A text as printed on the certificate: Kazakh (the state language) first, then Russian.
 *
 * @param kk the Kazakh text
 * @param ru the Russian text
 */
public record BilingualText(String kk, String ru) {

    public BilingualText {
        kk = requireText(kk, "kk");
        ru = requireText(ru, "ru");
    }

    public static BilingualText of(String kk, String ru) {
        return new BilingualText(kk, ru);
    }

    /** The Kazakh and Russian parts of a reference-data name (the English part is not printed). */
    public static BilingualText of(LocalizedText text) {
        Objects.requireNonNull(text, "text");
        return new BilingualText(text.kk(), text.ru());
    }

    /** Whether both languages read the same (then the text is printed once). */
    boolean sameInBothLanguages() {
        return kk.equals(ru);
    }

    static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(name + " is blank");
        }
        return stripped;
    }
}
