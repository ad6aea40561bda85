package kz.medcert.adapters.http.dto;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import kz.medcert.domain.reference.Language;

/**
 * Writes a text in kk/ru/en with {@code text}, the one in the language of the answer: the writer names it as its
 * attribute {@code Language.class}; English when an answer is written without one. A text the answers repeat is
 * written from its encoding prepared once ({@link EncodedTexts}), any other as a string.
 */
public final class LocalizedTextSerializer extends StdSerializer<LocalizedTextResponse> {
    private static final long serialVersionUID = 1L;
    private static final SerializedString KK = new SerializedString("kk");
    private static final SerializedString RU = new SerializedString("ru");
    private static final SerializedString EN = new SerializedString("en");
    private static final SerializedString TEXT = new SerializedString("text");

    public LocalizedTextSerializer() {
        super(LocalizedTextResponse.class);
    }

    @Override
    public void serialize(LocalizedTextResponse value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        gen.writeStartObject();
        field(gen, KK, value.kk());
        field(gen, RU, value.ru());
        field(gen, EN, value.en());
        field(gen, TEXT, value.in(language(provider)));
        gen.writeEndObject();
    }

    private static void field(JsonGenerator gen, SerializedString name, String text) throws IOException {
        gen.writeFieldName(name);
        SerializableString encoded = EncodedTexts.of(text);
        if (encoded != null) {
            gen.writeString(encoded);
        } else {
            gen.writeString(text);
        }
    }

    /** The language the answer is written in. */
    public static Language language(SerializerProvider provider) {
        return provider.getAttribute(Language.class) instanceof Language language ? language : Language.EN;
    }
}
