package kz.medcert.domain.request;

import java.util.Objects;
import java.util.Optional;
import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.InvalidValueException;
import kz.medcert.domain.reference.Language;

/**
 * An officer's written reasons, in Kazakh and/or Russian (the languages of the decision, Language Law) and optionally
 * English: at least one of Kazakh or Russian (R91).
 */
public record Motivation(Optional<String> kk, Optional<String> ru, Optional<String> en) {
    /** Longest text kept per language: a reasoned decision, not an attachment. */
    public static final int MAX_LENGTH = RefusalReasons.MAX_MOTIVATION_LENGTH;

    public Motivation {
        kk = text(Language.KK, kk);
        ru = text(Language.RU, ru);
        en = text(Language.EN, en);
        if (kk.isEmpty() && ru.isEmpty()) {
            throw new InvalidValueException(DomainText.MOTIVATION_LANGUAGE_MISSING.message());
        }
    }

    public static Motivation of(String kk, String ru, String en) {
        return new Motivation(Optional.ofNullable(kk), Optional.ofNullable(ru), Optional.ofNullable(en));
    }

    /** The text in {@code language}, if it was written (or generated) in it. */
    public Optional<String> in(Language language) {
        return switch (language) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
    }

    /**
     * The text for a reader of {@code language}: theirs when there is one; else, for an English reader, the Russian
     * (or the Kazakh), and between Kazakh and Russian the other one. Never empty, as Kazakh or Russian always is.
     */
    public String forReader(Language language) {
        return in(language).or(() -> language == Language.KK ? ru : language == Language.RU ? kk : ru.or(() -> kk))
                .orElseThrow();
    }

    private static Optional<String> text(Language language, Optional<String> value) {
        Objects.requireNonNull(value, language.tag());
        Optional<String> stripped = value.map(String::strip).filter(v -> !v.isEmpty());
        if (stripped.map(String::length).orElse(0) > MAX_LENGTH) {
            throw new InvalidValueException(DomainText.MOTIVATION_TOO_LONG.message().with("language", language.tag())
                    .with("max", MAX_LENGTH));
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
