package kz.medcert.adapters.http.dto;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.stream.Stream;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.NotRequiredItem;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.reference.LocalizedText;

/**
 * The kk/ru/en texts that answers repeat word for word (the names of documents and routes, the reasons a document is
 * not required, the motivation of an eligible outcome), JSON-quoted and UTF-8 encoded once: encoding the Kazakh and
 * Russian texts of an evaluation's answer was most of writing it (issue 16). Looked up by the String instance the
 * domain hands out, so a hit is that very text; any other text (a finding, a refusal's motivation) is not here and
 * is written as before. Filled at class initialisation and only read afterwards.
 */
final class EncodedTexts {
    private static final Map<String, SerializedString> BY_INSTANCE = encode(Stream.of(
            Stream.of(DocumentCode.values()).map(DocumentCode::localizedName),
            Stream.of(Route.values()).map(Route::localizedName),
            NotRequiredItem.reasonsWorded().stream(), Outcome.eligibleMotivations().stream())
            .flatMap(texts -> texts));

    private EncodedTexts() {
    }

    /** {@code text} encoded, if it is one of the texts above (this very instance); null otherwise. */
    static SerializableString of(String text) {
        return BY_INSTANCE.get(text);
    }

    private static Map<String, SerializedString> encode(Stream<LocalizedText> texts) {
        Map<String, SerializedString> encoded = new IdentityHashMap<>();
        // Jackson writes a character outside the BMP as an escaped surrogate pair, the encoder as four bytes: such a
        // text (none of these today) is left to the generator, so every answer keeps its bytes
        texts.flatMap(text -> Stream.of(text.kk(), text.ru(), text.en()))
                .filter(text -> text.chars().noneMatch(c -> Character.isSurrogate((char) c))).forEach(text -> {
            SerializedString string = new SerializedString(text);
            string.asQuotedUTF8(); // encoded now, not by the first answers
            encoded.put(text, string);
        });
        return encoded;
    }
}
