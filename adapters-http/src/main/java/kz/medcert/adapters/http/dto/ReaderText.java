package kz.medcert.adapters.http.dto;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Objects;
import kz.medcert.domain.request.Motivation;

/**
 * A written motivation as one string, in the language of the answer: the reader's when it was written (or generated)
 * in it, else the other language of the decision ({@link Motivation#forReader}): an English reader of a motivation
 * written in Russian only reads the Russian.
 */
@JsonSerialize(using = ReaderText.Writer.class)
public record ReaderText(Motivation motivation) {
    public ReaderText {
        Objects.requireNonNull(motivation, "motivation");
    }

    /** Writes the text for the answer's language. */
    static final class Writer extends StdSerializer<ReaderText> {
        private static final long serialVersionUID = 1L;

        Writer() {
            super(ReaderText.class);
        }

        @Override
        public void serialize(ReaderText value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.motivation().forReader(LocalizedTextSerializer.language(provider)));
        }
    }
}
