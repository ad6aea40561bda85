package kz.medcert.adapters.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Optional;
import kz.medcert.adapters.web.i18n.Language;
import kz.medcert.adapters.web.i18n.Messages;
import kz.medcert.adapters.web.session.WebSession;
import kz.medcert.domain.access.Actor;
import kz.medcert.domain.request.RequestId;

/** One request to a page: the Javalin context with the browser's session and language, and how pages answer. */
public final class WebRequest {
    static final String NOTICE = "notice";

    private final Context ctx;
    private final WebSession session;
    private final Messages messages;
    private final Templates templates;
    private final boolean demoMode;

    WebRequest(Context ctx, WebSession session, Language language, Templates templates, boolean demoMode) {
        this.ctx = ctx;
        this.session = session;
        this.messages = Messages.of(language);
        this.templates = templates;
        this.demoMode = demoMode;
    }

    public Context ctx() {
        return ctx;
    }

    public WebSession session() {
        return session;
    }

    public Messages messages() {
        return messages;
    }

    public boolean demoMode() {
        return demoMode;
    }

    /** The signed-in actor (the route's access rule has checked there is one). */
    public Actor actor() {
        return session.actor().orElseThrow(() -> new IllegalStateException("no actor on a signed-in route"));
    }

    /** The page model for this request, titled by the message {@code titleKey}. */
    public Page page(String titleKey, Object... args) {
        String path = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        return new Page(messages, messages.t(titleKey, args), session.actor(), session.csrfToken(), path,
                session.take(NOTICE).map(messages::t), List.of(), demoMode);
    }

    public void render(String template, Page page, Object model) {
        ctx.html(templates.render(template, page, model));
    }

    /** A form sent back with its problems: 422 (GOV.UK's error summary sits on top of the same form). */
    public void renderInvalid(String template, Page page, Object model) {
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        render(template, page, model);
    }

    /** After a POST: see the result at {@code path} (303, so a reload does not send the form again). */
    public void redirect(String path) {
        ctx.redirect(path, HttpStatus.SEE_OTHER);
    }

    /** A notice (a message key) shown once on the next page. */
    public void notice(String key) {
        session.put(NOTICE, key);
    }

    public String form(String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }

    public Optional<String> optionalForm(String name) {
        String value = form(name);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public List<String> formList(String name) {
        return ctx.formParams(name).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public String pathParam(String name) {
        return ctx.pathParam(name);
    }

    /** Where a paged list starts ({@code ?offset=}): from the top when absent, negative or not a number. */
    public int offset() {
        try {
            return Math.max(0, query("offset").map(Integer::parseInt).orElse(0));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The request named by the path's {@code id}: one that is not a request id is a page not found. */
    public RequestId requestId() {
        try {
            return RequestId.parse(pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw new NotFound("request " + pathParam("id"));
        }
    }
}
