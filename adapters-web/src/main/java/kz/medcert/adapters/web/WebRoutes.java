package kz.medcert.adapters.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import kz.medcert.adapters.web.i18n.Language;
import kz.medcert.adapters.web.session.Sessions;
import kz.medcert.adapters.web.session.WebSession;
import kz.medcert.application.port.in.AccessDeniedException;
import kz.medcert.application.port.in.certificates.CertificateNotFoundException;
import kz.medcert.application.port.in.certificates.HolderNotFoundException;
import kz.medcert.application.port.in.RequestConflictException;
import kz.medcert.application.port.in.RequestNotFoundException;
import kz.medcert.application.port.in.StaleRequestException;
import kz.medcert.application.port.in.requests.TooManyConsentCodesException;
import kz.medcert.application.port.out.RegistryUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the pages on the Javalin server and puts every request to a page through the same steps: the language
 * (cookie, else {@code Accept-Language}, else Kazakh), the session (cookie {@value #SESSION_COOKIE}: HttpOnly,
 * SameSite=Lax, Secure behind TLS), the page's access rule (not signed in: to the sign-in page; another role: 403),
 * the CSRF token of every form sent (403 without it), the security headers, and an error page in the page's language
 * for whatever a use case refuses: a request the actor may not see is the same 404 as one that does not exist.
 * Problems never escape to the API's JSON error handling.
 */
public final class WebRoutes {
    public static final String SESSION_COOKIE = "medcert_session";
    public static final String LANGUAGE_COOKIE = "medcert_lang";
    public static final String CSRF_FIELD = "_csrf";
    static final String ERROR_TEMPLATE = "error.jte";
    private static final Logger LOG = LoggerFactory.getLogger(WebRoutes.class);
    private static final int LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600;

    private final RoutesConfig routes;
    private final Sessions sessions;
    private final Templates templates;
    private final WebSettings settings;

    WebRoutes(RoutesConfig routes, Sessions sessions, Templates templates, WebSettings settings) {
        this.routes = routes;
        this.sessions = sessions;
        this.templates = templates;
        this.settings = settings;
    }

    public Sessions sessions() {
        return sessions;
    }

    public WebSettings settings() {
        return settings;
    }

    public WebRoutes get(String path, Access access, WebHandler handler) {
        routes.get(path, ctx -> handle(ctx, access, handler, false));
        return this;
    }

    /** A form sent as {@code application/x-www-form-urlencoded}: its {@value #CSRF_FIELD} is checked here. */
    public WebRoutes post(String path, Access access, WebHandler handler) {
        routes.post(path, ctx -> handle(ctx, access, handler, true));
        return this;
    }

    /** A form with a file ({@code multipart/form-data}): the handler reads it with {@link Uploads}, which checks CSRF. */
    public WebRoutes postMultipart(String path, Access access, WebHandler handler) {
        routes.post(path, ctx -> handle(ctx, access, handler, false));
        return this;
    }

    private void handle(Context ctx, Access access, WebHandler handler, boolean checkCsrf) {
        securityHeaders(ctx);
        Language language = language(ctx);
        WebSession session = session(ctx);
        WebRequest request = new WebRequest(ctx, session, language, templates, settings.demoMode());
        try {
            if (access != Access.ANYONE) {
                if (session.actor().isEmpty()) {
                    toSignIn(ctx);
                    return;
                }
                if (!access.admits(session.actor().get())) {
                    error(request, HttpStatus.FORBIDDEN, "error.forbidden", Optional.empty());
                    return;
                }
            }
            if (checkCsrf && !Sessions.csrfMatches(session, ctx.formParam(CSRF_FIELD))) {
                error(request, HttpStatus.FORBIDDEN, "error.csrf", Optional.empty());
                return;
            }
            handler.handle(request);
        } catch (NotFound | RequestNotFoundException | CertificateNotFoundException | HolderNotFoundException e) {
            error(request, HttpStatus.NOT_FOUND, "error.notFound", Optional.empty());
        } catch (Uploads.CsrfMissing e) {
            error(request, HttpStatus.FORBIDDEN, "error.csrf", Optional.empty());
        } catch (AccessDeniedException e) {
            error(request, HttpStatus.FORBIDDEN, "error.forbidden", Optional.empty());
        } catch (StaleRequestException e) {
            error(request, HttpStatus.PRECONDITION_FAILED, "error.stale", Optional.empty());
        } catch (RequestConflictException e) {
            error(request, HttpStatus.CONFLICT, "error.conflict", Optional.of(request.messages().reason(e)));
        } catch (TooManyConsentCodesException e) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
            error(request, HttpStatus.TOO_MANY_REQUESTS, "error.tooManyCodes", Optional.empty());
        } catch (RegistryUnavailableException e) {
            ctx.header("Retry-After", "60");
            error(request, HttpStatus.SERVICE_UNAVAILABLE, "error.registry", Optional.empty());
        } catch (Exception e) {
            String errorId = UUID.randomUUID().toString();
            LOG.error("Unexpected error {} on page {} {}", errorId, ctx.method(), ctx.path(), e);
            error(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.internal", Optional.of(errorId));
        }
    }

    private void error(WebRequest request, HttpStatus status, String key, Optional<String> detail) {
        request.ctx().status(status);
        request.render(ERROR_TEMPLATE, request.page(key + ".title"),
                new ErrorModel(status.getCode(), key, detail));
    }

    /** The model of the error page: the status, the message key, and the detail (a conflict's reason, an error id). */
    public record ErrorModel(int status, String key, Optional<String> detail) {
    }

    private void toSignIn(Context ctx) {
        String next = ctx.method() == HandlerType.GET ? ctx.path() : "/";
        ctx.redirect("/sign-in?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    private Language language(Context ctx) {
        return Language.byCode(ctx.cookie(LANGUAGE_COOKIE))
                .or(() -> Language.fromAcceptLanguage(ctx.header("Accept-Language")))
                .orElse(Language.DEFAULT);
    }

    private WebSession session(Context ctx) {
        Optional<WebSession> found = sessions.find(ctx.cookie(SESSION_COOKIE));
        if (found.isPresent()) {
            return found.get();
        }
        WebSession session = sessions.anonymous();
        setSessionCookie(ctx, session);
        return session;
    }

    /** The session cookie: HttpOnly, SameSite=Lax, Secure behind TLS; it lives as long as the browser. */
    public void setSessionCookie(Context ctx, WebSession session) {
        ctx.cookie(new Cookie(SESSION_COOKIE, session.id(), "/", -1, secure(ctx), true, null, SameSite.LAX));
    }

    public void setLanguageCookie(Context ctx, Language language) {
        ctx.cookie(new Cookie(LANGUAGE_COOKIE, language.code(), "/", LANGUAGE_COOKIE_SECONDS, secure(ctx), true, null,
                SameSite.LAX));
    }

    private boolean secure(Context ctx) {
        return settings.secureCookies() || "https".equalsIgnoreCase(ctx.scheme());
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'self'; "
                + "frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }
}
