package kz.medcert.adapters.http.auth;

import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import kz.medcert.domain.access.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who calls the API. Every path under {@value #API} needs {@code Authorization: Bearer <token>}, except the public
 * ones: {@code /api/v1/evaluations} and {@code /api/v1/reference-data} (they store nothing and show no personal
 * data) and {@code /api/v1/public/**}; paths outside the API ({@code /health}, {@code /health/live},
 * {@code /health/ready}, {@code /ping}, {@code /openapi.json}, {@code /docs}, {@code /verify/**}) are public, and
 * {@code /metrics} checks its own token ({@link StaticBearerToken}). {@link #authenticate} runs before every request and keeps the token's actor in the
 * context (401 otherwise); {@link #authorize} runs before the matched route and refuses a role the route does not
 * admit (403). A route registered with no roles admits every authenticated actor.
 */
public final class Authentication {
    public static final String API = "/api/v1";
    private static final Set<String> PUBLIC_PATHS = Set.of(API + "/evaluations", API + "/reference-data");
    private static final String PUBLIC_PREFIX = API + "/public/";
    private static final String ACTOR = Authentication.class.getName() + ".actor";
    private static final String BEARER = "bearer ";
    private static final Logger LOG = LoggerFactory.getLogger(Authentication.class);

    private final TokenVerifier verifier;

    public Authentication(TokenVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /** Before every request: on a protected path, the bearer token's actor, or 401. */
    public void authenticate(Context ctx) {
        if (!isProtected(ctx.path())) {
            return;
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new NotAuthenticatedException(false, "no bearer token");
        }
        try {
            ctx.attribute(ACTOR, verifier.verify(header.substring(BEARER.length()).strip()));
        } catch (InvalidTokenException e) {
            LOG.debug("bearer token refused on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            throw new NotAuthenticatedException(true, e.getMessage());
        }
    }

    /** Before the matched route: the actor's role must be one the route admits, or 403. */
    public void authorize(Context ctx) {
        Set<RouteRole> admitted = ctx.routeRoles();
        if (!isProtected(ctx.path()) || admitted.isEmpty()) {
            return;
        }
        Actor actor = actor(ctx);
        if (Role.of(actor).filter(admitted::contains).isEmpty()) {
            throw new WrongRoleException(Role.of(actor).map(Role::name).orElse("SYSTEM"));
        }
    }

    /** The authenticated actor of this request; 401 if there is none (a protected route called without one). */
    public static Actor actor(Context ctx) {
        return current(ctx).orElseThrow(() -> new NotAuthenticatedException(false, "no authenticated actor"));
    }

    /** The authenticated actor of this request, if any (none on public routes). */
    public static Optional<Actor> current(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ACTOR));
    }

    /**
     * Whether {@code path} needs a token. A path that is not plain (encoded characters, empty or dot segments) is
     * protected whatever it looks like, so that no spelling of a protected route passes for a public one.
     */
    public static boolean isProtected(String path) {
        if (!path.equals(API) && !path.startsWith(API + "/")) {
            return false;
        }
        if (!isPlain(path)) {
            return true;
        }
        String bare = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return !PUBLIC_PATHS.contains(bare) && !path.startsWith(PUBLIC_PREFIX);
    }

    private static boolean isPlain(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return !lower.contains("%") && !lower.contains("//") && !lower.contains("/./") && !lower.contains("/../")
                && !lower.endsWith("/.") && !lower.endsWith("/..") && !lower.contains(";") && !lower.contains("\\");
    }
}
