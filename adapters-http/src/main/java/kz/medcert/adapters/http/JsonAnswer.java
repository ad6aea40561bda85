package kz.medcert.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.nio.charset.StandardCharsets;
import kz.medcert.domain.reference.Language;

/**
 * The one way the API writes a JSON answer: Jackson straight into UTF-8 bytes. {@link #json} answers in the reader's
 * language: every kk/ru/en text in it carries {@code text} in the language {@code Accept-Language} asks for
 * ({@link Languages}), and the answer says so ({@code Vary}, {@code Content-Language}); {@link #plain} writes an
 * answer that holds no such text (health, audit hashes) with the same writer and no language headers; {@link #bytes}
 * gives the body {@link #json} would send, for an answer tagged by its bytes (public verification's ETag).
 * {@code ctx.json} builds a String and then encodes it: for the large answers, mostly Kazakh and Russian text, the
 * encoding alone was 15% of an evaluation's CPU. Same mapper, same bytes on the wire, same content type.
 */
public final class JsonAnswer {
    private JsonAnswer() {
    }

    public static Context json(Context ctx, Object body) {
        return ctx.contentType(ContentType.APPLICATION_JSON).result(bytes(ctx, body));
    }

    /** An answer without any text in a language (its words are codes and figures): no language headers. */
    public static Context plain(Context ctx, Object body) {
        return ctx.contentType(ContentType.APPLICATION_JSON).result(write(ctx, body, Languages.DEFAULT));
    }

    /** The body {@link #json} would send, in the reader's language (which the answer's headers then name). */
    public static byte[] bytes(Context ctx, Object body) {
        Language language = Languages.of(ctx);
        Languages.answerIn(ctx, language);
        return write(ctx, body, language);
    }

    private static byte[] write(Context ctx, Object body, Language language) {
        try {
            if (!(ctx.jsonMapper() instanceof JavalinJackson jackson)) {
                return ctx.jsonMapper().toJsonString(body, body.getClass()).getBytes(StandardCharsets.UTF_8);
            }
            return jackson.getMapper().writer().withAttribute(Language.class, language).writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answer of type " + body.getClass().getSimpleName()
                    + " cannot be written as JSON", e);
        }
    }
}
