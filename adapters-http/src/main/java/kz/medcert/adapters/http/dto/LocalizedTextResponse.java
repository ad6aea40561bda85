package kz.medcert.adapters.http.dto;

import kz.medcert.domain.reference.LocalizedText;

/** A text in Kazakh, Russian and English. */
public record LocalizedTextResponse(String kk, String ru, String en) {

    public static LocalizedTextResponse from(LocalizedText text) {
        return new LocalizedTextResponse(text.kk(), text.ru(), text.en());
    }
}
