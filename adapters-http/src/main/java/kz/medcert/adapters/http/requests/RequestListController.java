package kz.medcert.adapters.http.requests;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.QueryParameters;
import kz.medcert.adapters.http.RequestProblems;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.dto.RequestListResponse;
import kz.medcert.application.port.in.requests.ListRequestsUseCase;

/**
 * The applicant's own requests: {@code GET /api/v1/requests?offset=&limit=}, the newest first, a page at a time
 * (R80: the status in the personal account). Officers use their queue ({@code GET /api/v1/officer/queue}).
 */
public final class RequestListController implements Controller {
    /** How many requests a page shows unless the applicant asks for another number. */
    static final int DEFAULT_PAGE = 20;
    private final ListRequestsUseCase requests;

    @Inject
    public RequestListController(ListRequestsUseCase requests) {
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        RequestProblems.register(routes);
        routes.allow(Role.APPLICANT).get("/requests", this::list);
    }

    private void list(Context ctx) {
        int offset = QueryParameters.wholeNumber(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        int limit = QueryParameters.wholeNumber(ctx, "limit", DEFAULT_PAGE, 1, ListRequestsUseCase.MAX_PAGE);
        JsonAnswer.json(ctx, RequestListResponse.from(requests.list(Authentication.actor(ctx), offset, limit)));
    }
}
