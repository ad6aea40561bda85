package kz.medcert.adapters.http.dto;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import kz.medcert.domain.reference.Language;

/**
 * Writes a text in kk/ru/en with {@code text}, the one in the language of the answer: the writer names it as its
 * attribute {@code Language.class}; English when an answer is written without one.
 */
public final class LocalizedTextSerializer extends StdSerializer<LocalizedTextResponse> {
    private static final long serialVersionUID = 1L;

    public LocalizedTextSerializer() {
        super(LocalizedTextResponse.class);
    }

    @Override
    public void serialize(LocalizedTextResponse value, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        gen.writeStartObject();
        gen.writeStringField("kk", value.kk());
        gen.writeStringField("ru", value.ru());
        gen.writeStringField("en", value.en());
        gen.writeStringField("text", value.in(language(provider)));
        gen.writeEndObject();
    }

    /** The language the answer is written in. */
    public static Language language(SerializerProvider provider) {
        return provider.getAttribute(Language.class) instanceof Language language ? language : Language.EN;
    }
}
