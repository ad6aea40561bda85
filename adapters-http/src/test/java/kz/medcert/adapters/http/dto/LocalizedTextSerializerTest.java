package kz.medcert.adapters.http.dto;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import kz.medcert.adapters.http.JsonMapping;
import kz.medcert.domain.document.DocumentCode;
import kz.medcert.domain.evaluation.NotRequiredItem;
import kz.medcert.domain.evaluation.Outcome;
import kz.medcert.domain.evaluation.Route;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The serializer writes the texts answers repeat from encodings prepared once ({@link EncodedTexts}): the bytes must be
 * those of writing every field as a plain string, in every language, for the prepared texts, for equal texts that are
 * other instances, and for seeded random texts with characters JSON escapes (and characters outside the BMP, which
 * Jackson's generator and its string encoder write differently).
 */
class LocalizedTextSerializerTest {
    private static final long SEED = 20261208L;
    private static final ObjectMapper MAPPER = JsonMapping.objectMapper();

    @ParameterizedTest
    @EnumSource(Language.class)
    void writesTheBytesOfPlainStringFields(Language language) throws IOException {
        List<LocalizedTextResponse> texts = texts();
        for (LocalizedTextResponse text : texts) {
            assertThat(new String(serialized(text, language), StandardCharsets.UTF_8))
                    .as("seed %d, %s", SEED, text).isEqualTo(new String(plain(text, language),
                            StandardCharsets.UTF_8));
        }
        assertThat(MAPPER.writer().withAttribute(Language.class, language).writeValueAsBytes(texts))
                .isEqualTo(plainList(texts, language));
    }

    @Test
    void thePreparedTextsAreTheDomainsInstances() {
        String name = DocumentCode.DIPLOMA.localizedName().kk();
        assertThat(EncodedTexts.of(name)).isNotNull();
        assertThat(EncodedTexts.of(new String(name))).as("another instance, even if equal, is not looked up").isNull();
        assertThat(EncodedTexts.of(Route.CONFIRMATION.localizedName().ru())).isNotNull();
        assertThat(EncodedTexts.of(NotRequiredItem.reasonsWorded().get(0).en())).isNotNull();
        assertThat(EncodedTexts.of(Outcome.eligibleMotivations().get(0).kk())).isNotNull();
    }

    @Test
    void aTextWithoutALanguage_isWrittenAsNull() throws IOException {
        LocalizedTextResponse partial = new LocalizedTextResponse(null, "рус", null);
        for (Language language : Language.values()) {
            assertThat(serialized(partial, language)).isEqualTo(plain(partial, language));
        }
    }

    private static List<LocalizedTextResponse> texts() {
        List<LocalizedText> texts = new ArrayList<>();
        Stream.of(DocumentCode.values()).map(DocumentCode::localizedName).forEach(texts::add);
        Stream.of(Route.values()).map(Route::localizedName).forEach(texts::add);
        texts.addAll(NotRequiredItem.reasonsWorded());
        texts.addAll(Outcome.eligibleMotivations());
        for (LocalizedText prepared : List.copyOf(texts)) {
            texts.add(new LocalizedText(new String(prepared.kk()), new String(prepared.ru()),
                    new String(prepared.en())));
            texts.add(new LocalizedText(prepared.kk(), "другой " + prepared.ru(), prepared.en()));
        }
        Random random = new Random(SEED);
        String alphabet = "aZ09 \"\\/\n\t\u0001\u007fәіңғүұқөһЖЩЁё«»“”–—\u2028\uD83D\uDE00";
        for (int i = 0; i < 300; i++) {
            texts.add(new LocalizedText(random(random, alphabet), random(random, alphabet), random(random, alphabet)));
        }
        return texts.stream().map(LocalizedTextResponse::from).toList();
    }

    private static String random(Random random, String alphabet) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            if (Character.isSurrogate(c)) {
                b.append("\uD83D\uDE00");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static byte[] serialized(LocalizedTextResponse text, Language language) throws IOException {
        return MAPPER.writer().withAttribute(Language.class, language).writeValueAsBytes(text);
    }

    /** What the serializer wrote before: every field a plain string. */
    private static byte[] plain(LocalizedTextResponse text, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            writePlain(gen, text, language);
        }
        return out.toByteArray();
    }

    private static byte[] plainList(List<LocalizedTextResponse> texts, Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(out)) {
            gen.writeStartArray();
            for (LocalizedTextResponse text : texts) {
                writePlain(gen, text, language);
            }
            gen.writeEndArray();
        }
        return out.toByteArray();
    }

    private static void writePlain(JsonGenerator gen, LocalizedTextResponse text, Language language)
            throws IOException {
        gen.writeStartObject();
        gen.writeStringField("kk", text.kk());
        gen.writeStringField("ru", text.ru());
        gen.writeStringField("en", text.en());
        gen.writeStringField("text", text.in(language));
        gen.writeEndObject();
    }
}
