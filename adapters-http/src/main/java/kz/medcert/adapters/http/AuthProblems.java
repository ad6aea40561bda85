package kz.medcert.adapters.http;

import io.javalin.config.JavalinConfig;
import java.util.List;
import kz.medcert.adapters.http.auth.NotAuthenticatedException;
import kz.medcert.adapters.http.auth.WrongRoleException;

/**
 * The answers of {@link kz.medcert.adapters.http.auth.Authentication}: 401 with a {@code WWW-Authenticate: Bearer}
 * challenge ({@code error="invalid_token"} when a token was sent, RFC 6750 §3.1) that never tells which check failed,
 * and 403 for a role the route does not admit.
 */
public final class AuthProblems {
    public static final String REALM = "medcert";

    private AuthProblems() {
    }

    public static void install(JavalinConfig config, ErrorHandling errors) {
        config.routes.exception(NotAuthenticatedException.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"" + REALM + "\""
                    + (e.tokenPresented() ? ", error=\"invalid_token\"" : ""));
            errors.render(ctx, ProblemType.UNAUTHORIZED, e.tokenPresented() ? HttpText.TOKEN_INVALID.message()
                    : HttpText.TOKEN_REQUIRED.message(), List.of(), null);
        });
        config.routes.exception(WrongRoleException.class, (e, ctx) -> errors.render(ctx, ProblemType.FORBIDDEN,
                HttpText.WRONG_ROLE.message().with("role", e.role()), List.of(), null));
    }
}
