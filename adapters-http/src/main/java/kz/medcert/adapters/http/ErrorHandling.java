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
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import kz.medcert.adapters.http.dto.FieldError;
import kz.medcert.adapters.http.dto.ProblemResponse;
import kz.medcert.application.port.out.RegistryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Turns every failure into an RFC 9457 problem ({@code application/problem+json}): our own {@link ProblemException}s,
 * Javalin's HTTP errors (404, 405, …) and validator failures (400), an unavailable registry (503), and, last,
 * anything unexpected, which is logged with an error id and answered 500 with that id only: never a stack trace,
 * never a Java class name.
 */
final class ErrorHandling {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    private final ObjectMapper mapper;
    private final JavalinState state;

    private ErrorHandling(ObjectMapper mapper, JavalinState state) {
        this.mapper = mapper;
        this.state = state;
    }

    static ErrorHandling install(JavalinConfig config, ObjectMapper mapper) {
        ErrorHandling handling = new ErrorHandling(mapper, config.unsafe);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorHandler(handling)));
        config.routes.exception(ProblemException.class,
                (e, ctx) -> handling.render(ctx, e));
        config.routes.exception(HttpResponseException.class, handling::httpError);
        config.routes.exception(ValidationException.class, handling::invalidParameters);
        config.routes.exception(RegistryUnavailableException.class, handling::registryUnavailable);
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
        String detail = switch (status) {
            case 400 -> "The request is malformed.";
            case 404 -> "There is no resource at " + ctx.path() + ".";
            case 413 -> "The request body is too large.";
            case 415 -> "Unsupported Content-Type.";
            default -> reason(status) + ".";
        };
        write(ctx, status, problemFor(status, detail, ctx.path(), null));
    }

    /** Javalin's validators ({@code ctx.queryParamAsClass(..).get()}) name the parameter: 400 naming it too. */
    private void invalidParameters(ValidationException e, Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        e.getErrors().forEach((field, list) -> list.forEach(
                error -> errors.add(new FieldError(field, error.getMessage()))));
        render(ctx, ProblemType.INVALID_REQUEST, "The request has invalid parameters.", errors, null);
    }

    private void methodNotAllowed(Context ctx) {
        Set<String> allowed = new TreeSet<>();
        for (ParsedEndpoint endpoint : state.internalRouter.allHttpHandlers()) {
            if (endpoint.endpoint.method.isHttpMethod() && endpoint.matches(ctx.path())) {
                allowed.add(endpoint.endpoint.method.name());
            }
        }
        ctx.header("Allow", String.join(", ", allowed));
        render(ctx, ProblemType.METHOD_NOT_ALLOWED, ctx.method().name() + " is not allowed on " + ctx.path()
                + "; allowed: " + String.join(", ", allowed) + ".", List.of(), null);
    }

    private void registryUnavailable(RegistryUnavailableException e, Context ctx) {
        LOG.warn("Registry unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
        ctx.header("Retry-After", "60");
        render(ctx, ProblemType.SERVICE_UNAVAILABLE,
                "A state registry did not answer; the request can be retried later.", List.of(), null);
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
                    List.of(), errorId).withRequestId(MDC.get(RequestIdHeader.MDC_KEY)))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not answer fatal error {}", errorId, e);
        }
    }

    /** Logs a failure under a new error id and returns the detail that quotes it. */
    String logUnexpected(String what, Throwable cause) {
        String errorId = newErrorId();
        LOG.error("{} {}", what, errorId, cause);
        return internalDetail(errorId);
    }

    /** A problem for a bare HTTP status, as JSON bytes (for answers written outside Javalin). */
    byte[] problemJson(int status, String detail, String instance, String requestId) {
        return json(problemFor(status, detail, instance, null).withRequestId(requestId))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The catalogued type for the status when there is one, else about:blank with the reason phrase. */
    static ProblemResponse problemFor(int status, String detail, String instance, String errorId) {
        return ProblemType.forStatus(status)
                .map(type -> problem(type, detail, instance, List.of(), errorId))
                .orElseGet(() -> new ProblemResponse("about:blank", reason(status), status, detail, instance,
                        List.of(), errorId));
    }

    private static String reason(int status) {
        return HttpStatus.forStatus(status).getMessage();
    }

    private static String newErrorId() {
        return UUID.randomUUID().toString();
    }

    void render(Context ctx, ProblemException problem) {
        render(ctx, problem.type(), problem.detail(), problem.errors(), null);
    }

    void render(Context ctx, ProblemType type, String detail, List<FieldError> errors, String errorId) {
        write(ctx, type.status(), problem(type, detail, ctx.path(), errors, errorId));
    }

    // As UTF-8 bytes: a String result would be encoded in the container's default for a media type it does not know
    // (ISO-8859-1 for application/problem+json), turning every Kazakh or Russian letter a problem echoes into '?'.
    private void write(Context ctx, int status, ProblemResponse problem) {
        ctx.status(status).contentType(PROBLEM_JSON).result(json(problem.withRequestId(RequestIdHeader.of(ctx)))
                .getBytes(StandardCharsets.UTF_8));
    }

    private static ProblemResponse problem(ProblemType type, String detail, String instance, List<FieldError> errors,
                                           String errorId) {
        return new ProblemResponse(type.uri().toString(), type.title(), type.status(), detail, instance, errors,
                errorId);
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

    private static String internalDetail(String errorId) {
        return "An unexpected error occurred. Quote error id " + errorId + " when reporting it.";
    }
}
