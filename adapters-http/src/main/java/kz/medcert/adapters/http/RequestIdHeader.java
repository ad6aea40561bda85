package kz.medcert.adapters.http;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Every request's id ({@code X-Request-Id}): the client's own when it sends a well-formed one (1 to 64 letters, digits,
 * {@code . _ : -}), else a new UUID. It is returned in the response header and in every problem document
 * ({@code requestId}), and kept in the logging context (MDC key {@value #MDC_KEY}) while the request is handled, so
 * that every log line of the request, the access log's included, names it.
 */
public final class RequestIdHeader {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdHeader.class.getName();
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIdHeader() {
    }

    /** Before everything else: the request's id, in the context, the MDC and the response header. */
    public static void assign(Context ctx) {
        String id = fromClient(ctx.header(HEADER)).orElseGet(RequestIdHeader::generate);
        ctx.attribute(ATTRIBUTE, id);
        ctx.header(HEADER, id);
        MDC.put(MDC_KEY, id);
    }

    /** The id assigned to this request; one made now if none was (a failure before the first filter ran). */
    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        return id != null ? id : generate();
    }

    /** The client's id, if it is one this service repeats: short, and nothing a log or a header could be broken by. */
    public static Optional<String> fromClient(String header) {
        return Optional.ofNullable(header).map(String::strip).filter(id -> WELL_FORMED.matcher(id).matches());
    }

    public static String generate() {
        return UUID.randomUUID().toString();
    }

    /** After the request: the worker thread serves others next. */
    public static void clear() {
        MDC.remove(MDC_KEY);
    }
}
