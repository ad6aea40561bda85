package kz.medcert.adapters.http.decisions;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.RequestIds;
import kz.medcert.adapters.http.RequestProblems;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.dto.ObjectionRequest;
import kz.medcert.adapters.http.dto.RequestResponse;
import kz.medcert.application.port.in.decisions.ObjectToRefusalUseCase;
import kz.medcert.domain.request.Objection;

/**
 * {@code POST /api/v1/requests/{id}/objection}: the applicant's objection to a preliminary refusal (the hearing before
 * a refusal becomes final, R91). Only the request's own applicant; once; until the end of the window the request's
 * {@code decision.hearing.objectionsUntil} names (409 afterwards).
 */
public final class ObjectionController implements Controller {
    private final ObjectToRefusalUseCase objections;

    @Inject
    public ObjectionController(ObjectToRefusalUseCase objections) {
        this.objections = Objects.requireNonNull(objections, "objections");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        RequestProblems.register(routes);
        routes.allow(Role.APPLICANT).post("/requests/{id}/objection", ObjectionRequest.class, this::object);
    }

    private void object(Context ctx, ObjectionRequest body) {
        String text = body.text() == null ? "" : body.text().strip();
        if (text.isEmpty()) {
            throw ProblemException.invalidField("text", HttpText.OBJECTION_TEXT_REQUIRED.message());
        }
        if (text.length() > Objection.MAX_LENGTH) {
            throw ProblemException.invalidField("text", HttpText.AT_MOST_CHARACTERS.message()
                    .with("max", Objection.MAX_LENGTH));
        }
        JsonAnswer.json(ctx, RequestResponse.from(objections.object(Authentication.actor(ctx), RequestIds.of(ctx),
                text)));
    }
}
