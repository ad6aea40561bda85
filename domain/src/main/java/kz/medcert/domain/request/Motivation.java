package kz.medcert.domain.request;

import java.util.Objects;
import java.util.Optional;

/**
 * An officer's written reasons, in Kazakh and/or Russian (the languages of the decision, Language Law) and optionally
 * English: at least one of Kazakh or Russian (R91).
 */
public record Motivation(Optional<String> kk, Optional<String> ru, Optional<String> en) {
    /** Longest text kept per language: a reasoned decision, not an attachment. */
    public static final int MAX_LENGTH = RefusalReasons.MAX_MOTIVATION_LENGTH;

    public Motivation {
        kk = text("kk", kk);
        ru = text("ru", ru);
        en = text("en", en);
        if (kk.isEmpty() && ru.isEmpty()) {
            throw new IllegalArgumentException("the motivation is written in Kazakh (kk) or Russian (ru), or both");
        }
    }

    public static Motivation of(String kk, String ru, String en) {
        return new Motivation(Optional.ofNullable(kk), Optional.ofNullable(ru), Optional.ofNullable(en));
    }

    private static Optional<String> text(String language, Optional<String> value) {
        Objects.requireNonNull(value, language);
        Optional<String> stripped = value.map(String::strip).filter(v -> !v.isEmpty());
        if (stripped.map(String::length).orElse(0) > MAX_LENGTH) {
            throw new IllegalArgumentException("the " + language + " motivation is longer than " + MAX_LENGTH
                    + " characters");
        }
        return stripped;
    }

    /** The texts joined for the history: Kazakh, then Russian, then English, each once. */
    String summary() {
        StringBuilder text = new StringBuilder();
        kk.ifPresent(t -> text.append("[kk] ").append(t));
        ru.ifPresent(t -> text.append(text.isEmpty() ? "" : " ").append("[ru] ").append(t));
        en.ifPresent(t -> text.append(" [en] ").append(t));
        return text.toString();
    }
}
