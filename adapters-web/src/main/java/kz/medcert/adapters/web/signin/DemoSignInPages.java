package kz.medcert.adapters.web.signin;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.adapters.web.Access;
import kz.medcert.adapters.web.NotFound;
import kz.medcert.adapters.web.WebFront;
import kz.medcert.adapters.web.WebPages;
import kz.medcert.adapters.web.WebRequest;
import kz.medcert.adapters.web.WebRoutes;
import kz.medcert.adapters.web.session.WebSession;
import kz.medcert.application.port.in.reference.DemoAccountsUseCase;
import kz.medcert.application.port.in.reference.DemoAccountsUseCase.DemoAccounts;
import kz.medcert.domain.access.Actor;

/**
 * Signing in and out. In demo mode {@code /sign-in} lists the demo persons, an officer of each department and the
 * administrator, and choosing one starts a session as them; outside demo mode it leads to the OpenID Connect provider
 * ({@link OidcSignIn}) and the demo accounts are not offered at all (their POST is 404).
 */
public final class DemoSignInPages implements WebPages {
    private final DemoAccountsUseCase accounts;
    private final Optional<OidcSignIn> oidc;

    public DemoSignInPages(DemoAccountsUseCase accounts, Optional<OidcSignIn> oidc) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.oidc = Objects.requireNonNull(oidc, "oidc");
    }

    /** What the sign-in page shows. */
    public record SignInModel(boolean demo, boolean oidc, String next, List<DemoAccountsUseCase.DemoApplicant> applicants,
                              List<Actor.Officer> officers, Actor.Admin administrator) {
    }

    @Override
    public void register(WebRoutes routes) {
        routes.get("/sign-in", Access.ANYONE, this::page);
        routes.post("/sign-in/demo", Access.ANYONE, request -> signInDemo(routes, request));
        routes.post("/sign-out", Access.SIGNED_IN, request -> signOut(routes, request));
        oidc.ifPresent(flow -> flow.register(routes));
    }

    private void page(WebRequest request) {
        String next = WebFront.localPath(request.query("next").orElse("/"));
        if (request.demoMode()) {
            DemoAccounts all = accounts.accounts();
            request.render("signin.jte", request.page("signin.title"), new SignInModel(true, oidc.isPresent(), next,
                    all.applicants(), all.officers(), all.administrator()));
        } else {
            request.render("signin.jte", request.page("signin.title"), new SignInModel(false, true, next,
                    List.of(), List.of(), new Actor.Admin("-")));
        }
    }

    private void signInDemo(WebRoutes routes, WebRequest request) {
        if (!request.demoMode()) {
            throw new NotFound("demo sign-in outside demo mode");
        }
        Actor actor = chosen(request.form("account")).orElseThrow(() -> new NotFound("demo account"));
        WebSession session = routes.sessions().signIn(actor, Optional.of(request.session()));
        routes.setSessionCookie(request.ctx(), session);
        String next = WebFront.localPath(request.form("next"));
        request.redirect(next.equals("/") ? WebFront.startPage(actor) : next);
    }

    /** {@code applicant:<IIN>}, {@code officer:<DEPARTMENT>} or {@code admin}: only an account the page lists. */
    private Optional<Actor> chosen(String value) {
        DemoAccounts all = accounts.accounts();
        if (value.equals("admin")) {
            return Optional.of(all.administrator());
        }
        if (value.startsWith("applicant:")) {
            String iin = value.substring("applicant:".length());
            return all.applicants().stream().filter(a -> a.iin().value().equals(iin)).findFirst()
                    .map(DemoAccountsUseCase.DemoApplicant::actor);
        }
        if (value.startsWith("officer:")) {
            String department = value.substring("officer:".length());
            return all.officers().stream().filter(o -> o.department().code().equals(department))
                    .map(Actor.class::cast).findFirst();
        }
        return Optional.empty();
    }

    private void signOut(WebRoutes routes, WebRequest request) {
        routes.sessions().end(request.session());
        WebSession fresh = routes.sessions().anonymous();
        routes.setSessionCookie(request.ctx(), fresh);
        fresh.put("notice", "signin.signedOut");
        request.redirect("/sign-in");
    }
}
