package kz.medcert.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import kz.medcert.domain.reference.Language;

/**
 * Answers with a JSON body written by Jackson straight into UTF-8 bytes, in the reader's language: every kk/ru/en
 * text in it carries {@code text} in the language {@code Accept-Language} asks for ({@link Languages}), and the answer
 * says so ({@code Vary}, {@code Content-Language}). {@code ctx.json} builds a String and then encodes it: for the
 * large answers, mostly Kazakh and Russian text, the encoding alone was 15% of an evaluation's CPU. Same mapper, same
 * bytes on the wire, same content type.
 */
final class JsonAnswer {
    private JsonAnswer() {
    }

    static Context json(Context ctx, Object body) {
        if (!(ctx.jsonMapper() instanceof JavalinJackson)) {
            Languages.answerIn(ctx, Languages.of(ctx));
            return ctx.json(body);
        }
        return ctx.contentType(ContentType.APPLICATION_JSON).result(bytes(ctx, body));
    }

    /** The body {@link #json} would send, in the reader's language (which the answer's headers then name). */
    static byte[] bytes(Context ctx, Object body) {
        Language language = Languages.of(ctx);
        Languages.answerIn(ctx, language);
        try {
            if (!(ctx.jsonMapper() instanceof JavalinJackson jackson)) {
                return ctx.jsonMapper().toJsonString(body, body.getClass())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            return jackson.getMapper().writer().withAttribute(Language.class, language).writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer of type " + body.getClass().getSimpleName()
                    + " cannot be written as JSON", e);
        }
    }
}
