package kz.medcert.adapters.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.security.RouteRole;
import java.util.Objects;
import java.util.function.Function;
import kz.medcert.adapters.http.auth.Role;

/**
 * Where a {@link Controller} registers its operations, under {@value #BASE_PATH}. Operations that take a JSON body
 * name its type: the body is then checked (content type 415, size 413) and read strictly (400 naming the offending
 * field) before the handler runs. Uploads ({@code multipart/form-data}) are checked the same way against their own,
 * larger size limit. Every route under the base path except the public ones needs a bearer token (see
 * {@link kz.medcert.adapters.http.auth.Authentication}); {@link #allow} names the roles a route admits (403 for the
 * others, before the body is read).
 */
public final class ApiRoutes {
    public static final String BASE_PATH = "/api/v1";

    private final RoutesConfig routes;
    private final JsonBodyReader bodies;
    private final MultipartReader uploads;
    private final ErrorHandling errors;
    private final RouteRole[] roles;

    public ApiRoutes(RoutesConfig routes, JsonBodyReader bodies, MultipartReader uploads, ErrorHandling errors) {
        this(routes, bodies, uploads, errors, new RouteRole[0]);
    }

    private ApiRoutes(RoutesConfig routes, JsonBodyReader bodies, MultipartReader uploads, ErrorHandling errors,
                      RouteRole[] roles) {
        this.routes = routes;
        this.bodies = bodies;
        this.uploads = uploads;
        this.errors = errors;
        this.roles = roles;
    }

    /**
     * Where the routes admit only {@code admitted} roles: an authenticated actor of another role is answered 403.
     * Routes registered without it admit every authenticated actor (public routes: anyone).
     */
    public ApiRoutes allow(Role... admitted) {
        if (admitted.length == 0) {
            throw new IllegalArgumentException("name at least one role");
        }
        return new ApiRoutes(routes, bodies, uploads, errors, admitted.clone());
    }

    /**
     * Answers every {@code type} a handler throws (e.g. a use case's "not found") with the problem {@code mapping}
     * makes of it, instead of a 500. Like all Javalin exception handlers it applies to every route, so map a type in
     * the one controller that owns it.
     */
    public <E extends Exception> ApiRoutes problem(Class<E> type, Function<? super E, ProblemException> mapping) {
        Objects.requireNonNull(mapping, "mapping");
        routes.exception(type, (e, ctx) -> errors.render(ctx, mapping.apply(e)));
        return this;
    }

    public ApiRoutes get(String path, Handler handler) {
        return add(HandlerType.GET, path, handler);
    }

    public ApiRoutes delete(String path, Handler handler) {
        return add(HandlerType.DELETE, path, handler);
    }

    /** A POST without a body (e.g. a command named by its path). */
    public ApiRoutes post(String path, Handler handler) {
        return add(HandlerType.POST, path, handler);
    }

    public <T> ApiRoutes post(String path, Class<T> bodyType, JsonBodyHandler<T> handler) {
        return add(HandlerType.POST, path, withBody(bodyType, handler));
    }

    /**
     * A POST whose JSON body may be left out (no Content-Type and nothing sent): the handler then gets null. A body
     * that is sent is read and checked like any other.
     */
    public <T> ApiRoutes postOptionalBody(String path, Class<T> bodyType, JsonBodyHandler<T> handler) {
        Objects.requireNonNull(bodyType, "bodyType");
        Objects.requireNonNull(handler, "handler");
        return add(HandlerType.POST, path, ctx -> handler.handle(ctx, bodies.readIfSent(ctx, bodyType)));
    }

    /** A POST of {@code multipart/form-data} (an upload), read within the upload limit before the handler runs. */
    public ApiRoutes postMultipart(String path, MultipartBodyHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return add(HandlerType.POST, path, ctx -> handler.handle(ctx, uploads.read(ctx)));
    }

    public <T> ApiRoutes put(String path, Class<T> bodyType, JsonBodyHandler<T> handler) {
        return add(HandlerType.PUT, path, withBody(bodyType, handler));
    }

    public <T> ApiRoutes patch(String path, Class<T> bodyType, JsonBodyHandler<T> handler) {
        return add(HandlerType.PATCH, path, withBody(bodyType, handler));
    }

    private <T> Handler withBody(Class<T> bodyType, JsonBodyHandler<T> handler) {
        Objects.requireNonNull(bodyType, "bodyType");
        Objects.requireNonNull(handler, "handler");
        return ctx -> handler.handle(ctx, bodies.read(ctx, bodyType));
    }

    private ApiRoutes add(HandlerType method, String path, Handler handler) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a route path starts with '/': " + path);
        }
        routes.addHttpHandler(method, BASE_PATH + path, Objects.requireNonNull(handler, "handler"), roles);
        return this;
    }
}
