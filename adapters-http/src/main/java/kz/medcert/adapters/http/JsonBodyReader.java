package kz.medcert.adapters.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import kz.medcert.domain.reference.Message;

/**
 * Reads a JSON request body strictly: 415 unless the content type is JSON, 413 beyond the size limit, 400 for
 * anything that is not a JSON object of the expected shape, naming the offending field by its JSON path. No message
 * of the JSON library reaches the client, so no Java type name does either.
 */
public final class JsonBodyReader {
    /** How much of an oversized body is read before answering 413 (see {@link #drain}). */
    private static final long DRAIN_LIMIT = 1024 * 1024;
    /** The body as received, kept for whoever needs its exact bytes (the servlet stream can be read only once). */
    private static final String RAW_BODY = JsonBodyReader.class.getName() + ".raw";

    private final ObjectMapper mapper;
    private final long maxBytes;

    public JsonBodyReader(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    public <T> T read(Context ctx, Class<T> type) {
        // the header as sent: the servlet API's content type throws on a malformed charset parameter
        requireJson(ctx.header(Header.CONTENT_TYPE));
        byte[] bytes = readLimited(ctx);
        ctx.attribute(RAW_BODY, bytes);
        T value = parse(bytes, type);
        if (value == null) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, HttpText.BODY_NOT_OBJECT.message());
        }
        return value;
    }

    /** As {@link #read}, or null when no body was sent at all (nothing, or only white space). */
    public <T> T readIfSent(Context ctx, Class<T> type) {
        byte[] bytes = readLimited(ctx);
        if (isBlank(bytes)) {
            return null;
        }
        requireJson(ctx.header(Header.CONTENT_TYPE));
        ctx.attribute(RAW_BODY, bytes);
        T value = parse(bytes, type);
        if (value == null) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, HttpText.BODY_NOT_OBJECT.message());
        }
        return value;
    }

    /** The exact bytes of the JSON body that {@link #read} parsed for this request. */
    public static byte[] rawBody(Context ctx) {
        byte[] bytes = ctx.attribute(RAW_BODY);
        if (bytes == null) {
            throw new IllegalStateException("no JSON body was read for this request");
        }
        return bytes;
    }

    /** {@code application/json} or any {@code application/*+json}, parameters (charset) ignored. */
    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json")
                || mediaType.startsWith("application/") && mediaType.endsWith("+json");
    }

    private static void requireJson(String contentType) {
        if (!isJson(contentType)) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, contentType == null
                    ? HttpText.NO_CONTENT_TYPE_JSON.message() : HttpText.CONTENT_TYPE_JSON.message());
        }
    }

    private byte[] readLimited(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBytes) {
                drain(in, declared <= DRAIN_LIMIT ? declared : 0);
                throw tooLarge();
            }
            byte[] bytes = in.readNBytes(Math.toIntExact(maxBytes + 1));
            if (bytes.length > maxBytes) {
                drain(in, DRAIN_LIMIT);
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new ProblemException(ProblemType.BAD_REQUEST, HttpText.BODY_UNREADABLE.message());
        }
    }

    /**
     * Reads (and drops) up to {@code limit} bytes of an oversized body, so that a client still sending it reads our
     * 413 rather than a reset connection; a longer body is cut off when Jetty closes the connection.
     */
    public static void drain(InputStream in, long limit) throws IOException {
        byte[] buffer = new byte[8192];
        long left = limit;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                return;
            }
            left -= read;
        }
    }

    private ProblemException tooLarge() {
        return new ProblemException(ProblemType.CONTENT_TOO_LARGE, HttpText.BODY_TOO_LARGE.message()
                .with("max", maxBytes));
    }

    private <T> T parse(byte[] body, Class<T> type) {
        if (isBlank(body)) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, HttpText.BODY_EMPTY.message());
        }
        try {
            return mapper.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw ProblemException.invalidField(JsonPaths.of(e), HttpText.UNKNOWN_FIELD.message());
        } catch (MismatchedInputException e) {
            String path = JsonPaths.of(e);
            if (path.isEmpty()) {
                throw new ProblemException(ProblemType.MALFORMED_JSON, HttpText.BODY_ONE_OBJECT.message());
            }
            throw ProblemException.invalidField(path, JsonPaths.expected(e.getTargetType()));
        } catch (DatabindException e) {
            throw wrapped(e);
        } catch (InputCoercionException e) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, HttpText.NUMBER_OUT_OF_RANGE_AT.message()
                    .with("at", at(e.getLocation())));
        } catch (StreamConstraintsException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, HttpText.JSON_LIMIT.message()
                    .with("at", at(e.getLocation())).with("limit", String.valueOf(e.getOriginalMessage())));
        } catch (JacksonException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, HttpText.JSON_NOT_WELL_FORMED_AT.message()
                    .with("at", at(e.getLocation())));
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_JSON, HttpText.JSON_NOT_WELL_FORMED.message());
        }
    }

    /** A databind error around a parser error (e.g. an int out of range): name the field. */
    private static ProblemException wrapped(DatabindException e) {
        String path = e instanceof JsonMappingException ? JsonPaths.of((JsonMappingException) e) : "";
        if (e.getCause() instanceof InputCoercionException) {
            return ProblemException.invalidField(path, HttpText.NUMBER_OUT_OF_RANGE.message());
        }
        if (path.isEmpty()) {
            return new ProblemException(ProblemType.MALFORMED_JSON, HttpText.BODY_NOT_A_REQUEST_AT.message()
                    .with("at", at(e.getLocation())));
        }
        return ProblemException.invalidField(path, HttpText.INVALID_VALUE.message());
    }

    private static Message at(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return Message.verbatim("");
        }
        return HttpText.AT_LINE_COLUMN.message().with("line", location.getLineNr())
                .with("column", location.getColumnNr());
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }
}
