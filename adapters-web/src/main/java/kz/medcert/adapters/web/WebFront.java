package kz.medcert.adapters.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import kz.medcert.adapters.web.i18n.Language;
import kz.medcert.adapters.web.session.Sessions;
import kz.medcert.domain.access.Actor;

/**
 * The web front on the service's own Javalin server: the assets from the jar ({@code /assets/…}, htmx among them: no
 * CDN), the language switch ({@code /language/{code}}), the home page ({@code /}: the sign-in page, or the signed-in
 * actor's own start page) and every group of pages. It calls the use cases directly, never the service's HTTP API.
 *
 * <pre>{@code
 * WebFront front = new WebFront(settings, clock, List.of(signIn, applicantPages, officerPages, adminPages));
 * HttpApi.builder()...configure(front::install).build();
 * }</pre>
 */
public final class WebFront {
    static final String ASSETS = "/assets";
    public static final String HTMX = "/assets/htmx.min.js";
    private static final String HTMX_WEBJAR = "/META-INF/resources/webjars/htmx.org/2.0.8/dist";

    private final WebSettings settings;
    private final Sessions sessions;
    private final Templates templates = new Templates();
    private final List<WebPages> pages;

    public WebFront(WebSettings settings, Sessions sessions, List<WebPages> pages) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.pages = List.copyOf(pages);
    }

    public WebFront(WebSettings settings, Clock clock, List<WebPages> pages) {
        this(settings, new Sessions(clock), pages);
    }

    /** Adds the front's routes and assets to the server's configuration (before the server is built). */
    public void install(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = ASSETS;
            files.directory = "/kz/medcert/adapters/web/assets";
            files.location = Location.CLASSPATH;
            files.headers = java.util.Map.of("Cache-Control", "max-age=3600");
        });
        // a route, not a static directory: the webjar has no directory entries for Javalin to find
        byte[] htmx = resource(HTMX_WEBJAR + "/htmx.min.js");
        config.routes.get(HTMX, ctx -> ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "max-age=86400").result(htmx));
        WebRoutes routes = new WebRoutes(config.routes, sessions, templates, settings);
        routes.get("/", Access.ANYONE, this::home);
        routes.get("/language/{code}", Access.ANYONE, request -> switchLanguage(routes, request));
        pages.forEach(group -> group.register(routes));
    }

    private static byte[] resource(String path) {
        try (java.io.InputStream in = WebFront.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public Sessions sessions() {
        return sessions;
    }

    private void home(WebRequest request) {
        request.redirect(request.session().actor().map(WebFront::startPage).orElse("/sign-in"));
    }

    /** Where an actor's work starts. */
    public static String startPage(Actor actor) {
        if (actor instanceof Actor.Applicant) {
            return "/applicant";
        }
        if (actor instanceof Actor.Officer) {
            return "/officer";
        }
        if (actor instanceof Actor.Admin) {
            return "/admin";
        }
        return "/sign-in";
    }

    // A link, so that it works without JavaScript on every page; it changes only the visitor's own preference.
    private void switchLanguage(WebRoutes routes, WebRequest request) {
        Language language = Language.byCode(request.pathParam("code"))
                .orElseThrow(() -> new NotFound("language " + request.pathParam("code")));
        routes.setLanguageCookie(request.ctx(), language);
        request.ctx().redirect(localPath(request.query("back").orElse("/")), HttpStatus.SEE_OTHER);
    }

    /** A path on this site only: anything else (another host, a scheme, "//host") goes home. */
    public static String localPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !path.contains("\r")
                && !path.contains("\n") ? path : "/";
    }
}
