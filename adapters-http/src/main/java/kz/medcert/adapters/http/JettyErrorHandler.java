package kz.medcert.adapters.http;

import java.nio.ByteBuffer;
import java.util.regex.Pattern;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises before a request reaches Javalin (an unparsable URI, no Host header, oversized
 * headers, an unknown HTTP version) as problems too, instead of Jetty's HTML page.
 */
final class JettyErrorHandler extends ErrorHandler {
    /** Jetty's own reasons ("No Host", "Ambiguous URI path separator") are shown; anything code-like is not. */
    private static final Pattern PLAIN_REASON = Pattern.compile("[A-Za-z0-9 ,:'-]{1,100}");

    private final ErrorHandling errors;

    JettyErrorHandler(ErrorHandling errors) {
        this.errors = errors;
    }

    /** Every method gets its problem: Jetty's default answers any but GET, POST and HEAD with an empty body. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        Language language = Languages.chosen(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE))
                .orElse(Languages.DEFAULT);
        // before Javalin: no filter gave this request its id yet
        String requestId = RequestIdHeader.fromClient(request.getHeaders().get(RequestIdHeader.HEADER))
                .orElseGet(RequestIdHeader::generate);
        byte[] body = errors.problemJson(code, detail(code, message, cause), null, language, requestId);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ErrorHandling.PROBLEM_JSON);
        response.getHeaders().put(HttpHeader.VARY, Languages.ACCEPT_LANGUAGE);
        response.getHeaders().put(HttpHeader.CONTENT_LANGUAGE, language.tag());
        response.getHeaders().put(RequestIdHeader.HEADER, requestId);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private Message detail(int status, String message, Throwable cause) {
        if (status == 500) {
            return errors.logUnexpected("Jetty error " + status, cause);
        }
        return message != null && PLAIN_REASON.matcher(message).matches()
                ? HttpText.NOT_PROCESSED_BECAUSE.message().with("reason", message)
                : HttpText.NOT_PROCESSED.message();
    }
}
