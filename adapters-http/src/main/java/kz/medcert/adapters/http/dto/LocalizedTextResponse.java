package kz.medcert.adapters.http.dto;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.LocalizedText;

/**
 * A text in Kazakh, Russian and English, written with {@code text}: the one in the language the client asked for
 * ({@code Accept-Language}; English by default).
 */
@JsonSerialize(using = LocalizedTextSerializer.class)
public record LocalizedTextResponse(String kk, String ru, String en) {

    public static LocalizedTextResponse from(LocalizedText text) {
        return new LocalizedTextResponse(text.kk(), text.ru(), text.en());
    }

    /** The text in {@code language}. */
    public String in(Language language) {
        return switch (language) {
            case KK -> kk;
            case RU -> ru;
            case EN -> en;
        };
    }
}
