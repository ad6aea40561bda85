package kz.medcert.adapters.http;

import io.javalin.http.Context;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Optional;

/**
 * Reads the headers the servlet container parses on demand once, before any handler, so that a malformed one is the
 * client's 400 or 415 naming the header rather than an exception inside whichever handler reads it first. Today that
 * is the {@code Content-Type}'s charset: Jetty looks the charset up when anything asks for the content type or the
 * character encoding, and throws on a malformed name ({@code charset="}) or an unknown one ({@code charset=foo}).
 */
public final class RequestHeaders {
    public static final String CONTENT_TYPE = "Content-Type";

    private RequestHeaders() {
    }

    /** Before every request: a Content-Type whose charset cannot be used is answered here. */
    public static void check(Context ctx) {
        String header = ctx.header(CONTENT_TYPE);
        if (header == null) {
            return;
        }
        try {
            charsetParameter(header).ifPresent(RequestHeaders::requireCharset);
            // the container's own reading, so that exactly what would fail later fails here
            ctx.req().getContentType();
            ctx.req().getCharacterEncoding();
        } catch (IllegalCharsetNameException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, HttpText.CHARSET_MALFORMED.message(),
                    List.of(new FieldProblem(CONTENT_TYPE, HttpText.CHARSET_MALFORMED_FIELD.message())));
        } catch (UnsupportedCharsetException e) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, HttpText.CHARSET_UNKNOWN.message(),
                    List.of(new FieldProblem(CONTENT_TYPE, HttpText.CHARSET_UNKNOWN_FIELD.message())));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, HttpText.CONTENT_TYPE_UNREADABLE.message(),
                    List.of(new FieldProblem(CONTENT_TYPE, HttpText.NOT_A_MEDIA_TYPE.message())));
        }
    }

    /** The value of the charset parameter, unquoted, if the header has one. */
    public static Optional<String> charsetParameter(String contentType) {
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
                String value = parameter.substring(equals + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static void requireCharset(String name) {
        if (name.isEmpty()) {
            throw new IllegalCharsetNameException(name);
        }
        if (!Charset.isSupported(name)) {
            throw new UnsupportedCharsetException(name);
        }
    }
}
