package kz.medcert.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.ParsedEndpoint;
import io.javalin.validation.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import kz.medcert.adapters.http.dto.FieldError;
import kz.medcert.adapters.http.dto.ProblemResponse;
import kz.medcert.application.port.out.ConsentCodeUndeliverableException;
import kz.medcert.application.port.out.RegistryUnavailableException;
import kz.medcert.domain.person.IinMasking;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}) in the reader's language
 * ({@link Languages}: title, detail and each field's message; the type URI and the field paths stay the same in every
 * language): our own {@link ProblemException}s,
 * Javalin's HTTP errors (404, 405, …) and validator failures (400), an unavailable registry (503), and, last,
 * anything unexpected, which is logged with an error id and answered 500 with that id only: never a stack trace,
 * never a Java class name.
 */
public final class ErrorHandling {
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private final ObjectMapper mapper;
    private final JavalinState state;

    private ErrorHandling(ObjectMapper mapper, JavalinState state) {
        this.mapper = mapper;
        this.state = state;
    }

    public static ErrorHandling install(JavalinConfig config, ObjectMapper mapper) {
        ErrorHandling handling = new ErrorHandling(mapper, config.unsafe);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorHandler(handling)));
        config.routes.exception(ProblemException.class,
                (e, ctx) -> handling.render(ctx, e));
        config.routes.exception(HttpResponseException.class, handling::httpError);
        config.routes.exception(ValidationException.class, handling::invalidParameters);
        config.routes.exception(RegistryUnavailableException.class, handling::registryUnavailable);
        config.routes.exception(ConsentCodeUndeliverableException.class, handling::consentCodeUndeliverable);
        config.routes.exception(Exception.class, handling::unexpected);
        config.router.javaLangErrorHandler(handling::fatal);
        return handling;
    }

    private void httpError(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        if (status == 405) {
            methodNotAllowed(ctx);
            return;
        }
        Message detail = switch (status) {
            case 400 -> HttpText.STATUS_MALFORMED.message();
            case 404 -> HttpText.STATUS_NO_RESOURCE.message().with("path", instance(ctx));
            case 413 -> HttpText.STATUS_TOO_LARGE.message();
            case 415 -> HttpText.STATUS_UNSUPPORTED_CONTENT_TYPE.message();
            default -> statusText(status);
        };
        Language language = Languages.of(ctx);
        write(ctx, status, problemFor(status, detail, instance(ctx), null, language), language);
    }

    /** Javalin's validators ({@code ctx.queryParamAsClass(..).get()}) name the parameter: 400 naming it too. */
    private void invalidParameters(ValidationException e, Context ctx) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getErrors().forEach((field, list) -> list.forEach(
                error -> errors.add(new FieldProblem(field, Message.verbatim(error.getMessage())))));
        render(ctx, ProblemType.INVALID_REQUEST, HttpText.INVALID_PARAMETERS.message(), errors, null);
    }

    private void methodNotAllowed(Context ctx) {
        Set<String> allowed = new TreeSet<>();
        for (ParsedEndpoint endpoint : state.internalRouter.allHttpHandlers()) {
            if (endpoint.endpoint.method.isHttpMethod() && endpoint.matches(ctx.path())) {
                allowed.add(endpoint.endpoint.method.name());
            }
        }
        ctx.header("Allow", String.join(", ", allowed));
        render(ctx, ProblemType.METHOD_NOT_ALLOWED, HttpText.METHOD_NOT_ALLOWED.message()
                .with("method", ctx.method().name()).with("path", instance(ctx))
                .with("allowed", String.join(", ", allowed)), List.of(), null);
    }

    private void registryUnavailable(RegistryUnavailableException e, Context ctx) {
        LOG.warn("Registry unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        ctx.header("Retry-After", "60");
        render(ctx, ProblemType.SERVICE_UNAVAILABLE, HttpText.REGISTRY_UNAVAILABLE.message(), List.of(), null);
    }

    // R60, R61: the code was drawn and kept but not sent; the applicant asks for another one (the consent limits hold)
    private void consentCodeUndeliverable(ConsentCodeUndeliverableException e, Context ctx) {
        LOG.warn("Consent code not delivered on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        ctx.header("Retry-After", "60");
        render(ctx, ProblemType.SERVICE_UNAVAILABLE, HttpText.CONSENT_CODE_UNDELIVERABLE.message(), List.of(), null);
    }

    private void unexpected(Exception e, Context ctx) {
        String errorId = newErrorId();
        LOG.error("Unexpected error {} on {} {}", errorId, ctx.method(), ctx.path(), e);
        render(ctx, ProblemType.INTERNAL_ERROR, internalDetail(errorId), List.of(), errorId);
    }

    /** An Error (out of memory, stack overflow) escaped a handler: answer as for any unexpected failure. */
    private void fatal(HttpServletResponse response, Error error) {
        String errorId = newErrorId();
        LOG.error("Fatal error {}", errorId, error);
        try {
            response.setStatus(500);
            response.setContentType(PROBLEM_JSON);
            response.getOutputStream().write(json(problem(ProblemType.INTERNAL_ERROR, internalDetail(errorId), null,
                    List.of(), errorId, Languages.DEFAULT).withRequestId(MDC.get(RequestIdHeader.MDC_KEY)))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not answer fatal error {}", errorId, e);
        }
    }

    /** Logs a failure under a new error id and returns the detail that quotes it. */
    public Message logUnexpected(String what, Throwable cause) {
        String errorId = newErrorId();
        LOG.error("{} {}", what, errorId, cause);
        return internalDetail(errorId);
    }

    /**
     * A problem for a bare HTTP status in {@code language}, of the request with {@code requestId}, as JSON bytes (for
     * answers written outside Javalin).
     */
    public byte[] problemJson(int status, Message detail, String instance, Language language, String requestId) {
        return json(problemFor(status, detail, instance, null, language).withRequestId(requestId))
                .getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A problem's {@code instance}: the request's path, with every IIN in it masked by the rule the logs apply
     * ({@link IinMasking}). No route takes an IIN in its path, but a client may type one where a request id or a
     * certificate number belongs, and the problem would otherwise echo it to wherever problems are shown or kept.
     */
    public static String instance(Context ctx) {
        return IinMasking.mask(ctx.path());
    }

    /** The catalogued type for the status when there is one, else about:blank with the reason phrase. */
    public static ProblemResponse problemFor(int status, Message detail, String instance, String errorId,
                                      Language language) {
        return ProblemType.forStatus(status)
                .map(type -> problem(type, detail, instance, List.of(), errorId, language))
                .orElseGet(() -> new ProblemResponse("about:blank", language == Language.EN ? reason(status)
                        : HttpText.TITLE_HTTP_STATUS.message().with("status", status).in(language), status,
                        sentence(detail.in(language)), instance, List.of(), errorId));
    }

    /** A status without a text of ours: named by its number (its title gives the reason phrase in English). */
    private static Message statusText(int status) {
        return HttpText.STATUS_OTHER.message().with("status", status);
    }

    private static String reason(int status) {
        return HttpStatus.forStatus(status).getMessage();
    }

    private static String newErrorId() {
        return UUID.randomUUID().toString();
    }

    public void render(Context ctx, ProblemException problem) {
        render(ctx, problem.type(), problem.detail(), problem.errors(), null);
    }

    public void render(Context ctx, ProblemType type, Message detail, List<FieldProblem> errors, String errorId) {
        Language language = Languages.of(ctx);
        write(ctx, type.status(), problem(type, detail, instance(ctx), errors, errorId, language), language);
    }

    // As UTF-8 bytes: a String result would be encoded in the container's default for a media type it does not know
    // (ISO-8859-1 for application/problem+json), turning every Kazakh or Russian letter a problem echoes into '?'.
    private void write(Context ctx, int status, ProblemResponse problem, Language language) {
        Languages.answerIn(ctx, language).status(status).contentType(PROBLEM_JSON)
                .result(json(problem.withRequestId(RequestIdHeader.of(ctx))).getBytes(StandardCharsets.UTF_8));
    }

    /** The problem in {@code language}: title, detail and each field's message; type URIs and field paths stay. */
    public static ProblemResponse problem(ProblemType type, Message detail, String instance, List<FieldProblem> errors,
                                   String errorId, Language language) {
        return new ProblemResponse(type.uri().toString(), HttpText.title(type).message().in(language), type.status(),
                sentence(detail.in(language)), instance, errors.stream()
                .map(e -> new FieldError(e.field(), e.message().in(language), e.code())).toList(), errorId);
    }

    /** A detail as a sentence: capitalised, with a full stop (the use cases word their reasons as clauses). */
    public static String sentence(String text) {
        if (text.isBlank()) {
            return text;
        }
        String capitalised = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        return capitalised.endsWith(".") || capitalised.endsWith("?") || capitalised.endsWith("!") ? capitalised
                : capitalised + ".";
    }

    private String json(ProblemResponse problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            LOG.error("Could not write a problem response", e);
            return "{\"type\":\"" + ProblemType.INTERNAL_ERROR.uri() + "\",\"title\":\"Internal server error\","
                    + "\"status\":" + problem.status() + "}";
        }
    }

    private static Message internalDetail(String errorId) {
        return HttpText.INTERNAL_ERROR.message().with("errorId", errorId);
    }
}
