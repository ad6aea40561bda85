package kz.medcert.adapters.http.decisions;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.EntityTags;
import kz.medcert.adapters.http.FieldProblem;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.QueryParameters;
import kz.medcert.adapters.http.RequestIds;
import kz.medcert.adapters.http.RequestProblems;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.dto.IssueDecisionResponse;
import kz.medcert.adapters.http.dto.IssueRequest;
import kz.medcert.adapters.http.dto.QueueResponse;
import kz.medcert.adapters.http.dto.RefusalRequest;
import kz.medcert.adapters.http.dto.RequestResponse;
import kz.medcert.application.port.in.decisions.DecideRequestUseCase;
import kz.medcert.application.port.in.decisions.OfficerQueueUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.domain.reference.Explained;
import kz.medcert.domain.request.Motivation;

/**
 * The officer's side (R73–R75, R91): {@code GET /api/v1/officer/queue?offset=&limit=} (officers: their department's
 * requests awaiting a decision, the most urgent first, a page at a time with the totals; administrators: every
 * department's), and the decisions on a request of their
 * department: {@code POST .../decision/issue}, {@code POST .../decision/preliminary-refusal} (the applicant is notified
 * and may object) and {@code POST .../decision/refusal} (final, after the objection or the end of its window). 409 when
 * the request is not awaiting that decision or was decided meanwhile; 412 when {@code If-Match} names a version the
 * request is no longer at (it changed after the officer read it); 404 for another department's request.
 */
public final class OfficerController implements Controller {
    /** How many requests a page of the queue shows unless the officer asks for another number. */
    static final int DEFAULT_PAGE = 50;
    private final OfficerQueueUseCase queue;
    private final DecideRequestUseCase decide;

    @Inject
    public OfficerController(OfficerQueueUseCase queue, DecideRequestUseCase decide) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.decide = Objects.requireNonNull(decide, "decide");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        RequestProblems.register(routes);
        routes.allow(Role.OFFICER, Role.ADMIN).get("/officer/queue", this::queue);
        routes.allow(Role.OFFICER).postOptionalBody("/requests/{id}/decision/issue", IssueRequest.class, this::issue)
                .post("/requests/{id}/decision/preliminary-refusal", RefusalRequest.class, this::proposeRefusal)
                .post("/requests/{id}/decision/refusal", RefusalRequest.class, this::refuse);
    }

    private void queue(Context ctx) {
        int offset = QueryParameters.wholeNumber(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = QueryParameters.wholeNumber(ctx, "limit", DEFAULT_PAGE, 1, OfficerQueueUseCase.MAX_PAGE);
        JsonAnswer.json(ctx, QueueResponse.from(queue.queue(Authentication.actor(ctx), offset, limit)));
    }

    private void issue(Context ctx, IssueRequest body) {
        Optional<Motivation> override = Optional.ofNullable(body).map(IssueRequest::overrideMotivation)
                .map(OfficerController::motivation);
        var issued = decide.issue(Authentication.actor(ctx), RequestIds.of(ctx), override, EntityTags.ifMatch(ctx));
        EntityTags.tag(ctx, issued.request().state());
        JsonAnswer.json(ctx, IssueDecisionResponse.from(issued));
    }

    // R91: the officer writes in Kazakh or Russian (or both), English optionally
    private static Motivation motivation(IssueRequest.MotivationInput in) {
        try {
            return Motivation.of(in.kk(), in.ru(), in.en());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("overrideMotivation", Explained.explanationOf(e));
        }
    }

    private void proposeRefusal(Context ctx, RefusalRequest body) {
        var command = RefusalBodies.command(body);
        answer(ctx, reasoned(() -> decide.proposeRefusal(Authentication.actor(ctx), RequestIds.of(ctx), command,
                EntityTags.ifMatch(ctx))));
    }

    private void refuse(Context ctx, RefusalRequest body) {
        var command = RefusalBodies.command(body);
        answer(ctx, reasoned(() -> decide.refuse(Authentication.actor(ctx), RequestIds.of(ctx), command,
                EntityTags.ifMatch(ctx))));
    }

    private static void answer(Context ctx, RequestView view) {
        EntityTags.tag(ctx, view.state());
        JsonAnswer.json(ctx, RequestResponse.from(view));
    }

    // The domain's refusal of well-formed reasons (a final refusal adding grounds not heard) is a 422 on grounds
    private static RequestView reasoned(Supplier<RequestView> decision) {
        try {
            return decision.get();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION, Explained.explanationOf(e),
                    List.of(new FieldProblem("grounds", Explained.explanationOf(e))));
        }
    }
}
