package kz.medcert.adapters.http;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.dto.IssueDecisionResponse;
import kz.medcert.adapters.http.dto.QueueEntryResponse;
import kz.medcert.application.port.in.DecideRequestUseCase;
import kz.medcert.application.port.in.OfficerQueueUseCase;

/**
 * The officer's side: {@code GET /api/v1/officer/queue} (officers: their department's accepted requests, the most
 * urgent first; administrators: every department's) and {@code POST /api/v1/requests/{id}/decision/issue} (an officer
 * of the request's department issues the certificate; 409 when it was decided meanwhile, 404 for another department).
 */
public final class OfficerController implements Controller {
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
        routes.allow(Role.OFFICER).post("/requests/{id}/decision/issue", this::issue);
    }

    private void queue(Context ctx) {
        ctx.json(queue.queue(Authentication.actor(ctx)).stream().map(QueueEntryResponse::from).toList());
    }

    private void issue(Context ctx) {
        ctx.json(IssueDecisionResponse.from(decide.issue(Authentication.actor(ctx), RequestIds.of(ctx))));
    }
}
