package kz.medcert.adapters.http.requests;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.Objects;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.EntityTags;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.RequestIds;
import kz.medcert.adapters.http.RequestProblems;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.dto.RequestResponse;
import kz.medcert.adapters.http.dto.StartRequestRequest.FormInput;
import kz.medcert.application.port.in.requests.AmendFormUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.domain.reference.SpecialtyCatalogue;

/**
 * {@code PUT /api/v1/requests/{id}/form}: the applicant replaces the information form they declared with an amended
 * one, the same body as {@code form} when the request was started, after the consent and before the submission (R21,
 * R70: e.g. to declare what a registry that did not answer would have supplied). A field that is not valid is a 400
 * naming it; a form for another category or specialty a 422; before the consent or after the submission a 409; 200
 * with the request, whose content to sign has changed. With {@code If-Match} (the ETag of the request as read) the form
 * amends only that version: 412 when the request changed meanwhile, as the browser's form page does. Only the
 * request's own applicant amends it (another's is a 404, an officer's or administrator's call a 403).
 */
public final class FormAmendmentController implements Controller {
    private final AmendFormUseCase amendForm;
    private final StartRequestMapper mapper = new StartRequestMapper(SpecialtyCatalogue.standard());

    @Inject
    public FormAmendmentController(AmendFormUseCase amendForm) {
        this.amendForm = Objects.requireNonNull(amendForm, "amendForm");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        RequestProblems.register(routes);
        routes.allow(Role.APPLICANT).put("/requests/{id}/form", FormInput.class, this::amend);
    }

    private void amend(Context ctx, FormInput body) {
        RequestView amended = amendForm.amend(Authentication.actor(ctx), RequestIds.of(ctx),
                mapper.toAmendment(body), EntityTags.ifMatch(ctx));
        EntityTags.tag(ctx, amended.state());
        JsonAnswer.json(ctx, RequestResponse.from(amended));
    }
}
