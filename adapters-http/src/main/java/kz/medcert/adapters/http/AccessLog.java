package kz.medcert.adapters.http;

import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After each request: one access log line (method, route template, status, duration; the request id from the logging
 * context), then the {@link RequestObserver}s. The route template stands for the path, so that no IIN, certificate
 * number or request id of a path, and no query string, reaches a log line or a metric label. The line is logged
 * under {@value #LOGGER} at INFO, with its fields also as key-value pairs (JSON logs show them as fields).
 */
final class AccessLog {
    static final String LOGGER = "kz.medcert.adapters.http.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final Logger SELF = LoggerFactory.getLogger(AccessLog.class);
    private static final Set<String> USUAL_METHODS = HandlerType.commonHttp().stream().map(HandlerType::name)
            .collect(Collectors.toUnmodifiableSet());

    private final JavalinState state;
    private final List<RequestObserver> observers;

    AccessLog(JavalinState state, List<RequestObserver> observers) {
        this.state = state;
        this.observers = List.copyOf(observers);
    }

    void completed(Context ctx, Float milliseconds) {
        try {
            String method = USUAL_METHODS.contains(ctx.method().name()) ? ctx.method().name()
                    : RequestObserver.OTHER_METHOD;
            String route = route(ctx);
            int status = ctx.statusCode();
            long micros = Math.round(milliseconds.doubleValue() * 1000);
            LOG.atInfo().addKeyValue("method", method).addKeyValue("route", route).addKeyValue("status", status)
                    .addKeyValue("durationMs", micros / 1000.0)
                    .log("{} {} {} {} ms", method, route, status, micros / 1000.0);
            RequestObserver.CompletedRequest request = new RequestObserver.CompletedRequest(method, route, status,
                    Duration.ofNanos(micros * 1000));
            for (RequestObserver observer : observers) {
                try {
                    observer.completed(request);
                } catch (RuntimeException e) {
                    SELF.warn("a request observer failed", e);
                }
            }
        } finally {
            RequestIdHeader.clear();
        }
    }

    /**
     * The template of the route that answered; when the request ended before its route was matched (a 401 of the
     * authentication filter), the template of the route that has its path.
     */
    String route(Context ctx) {
        Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        if (matched != null) {
            return matched.path;
        }
        ParsedEndpoint owner = state.internalRouter.findFirstHttpHandlerEntry(ctx.method(), ctx.path());
        if (owner == null && ctx.method() == HandlerType.HEAD) {
            owner = state.internalRouter.findFirstHttpHandlerEntry(HandlerType.GET, ctx.path());
        }
        if (owner != null) {
            return owner.endpoint.path;
        }
        return ctx.statusCode() == 404 ? RequestObserver.NOT_FOUND : RequestObserver.UNMATCHED;
    }
}
