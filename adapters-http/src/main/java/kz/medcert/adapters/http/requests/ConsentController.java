package kz.medcert.adapters.http.requests;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.FieldProblem;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.RequestIds;
import kz.medcert.adapters.http.RequestProblems;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.dto.ConfirmConsentRequest;
import kz.medcert.adapters.http.dto.ConsentChallengeResponse;
import kz.medcert.adapters.http.dto.RequestResponse;
import kz.medcert.application.port.in.requests.ConsentUseCase;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.requests.TooManyConsentCodesException;
import kz.medcert.domain.request.RequestId;

/**
 * Consent to access restricted personal data by one-time code (R60, R61): {@code POST .../consent} sends the code
 * (202; 429 with {@code Retry-After} when codes were asked too often), {@code .../consent/confirmation} confirms it
 * (the registries are asked at once; 422 for a wrong, expired or void code), {@code .../consent/refusal} declines
 * (nothing is fetched; R90). Only the applicant of the request takes these steps.
 */
public final class ConsentController implements Controller {
    private final ConsentUseCase consent;

    @Inject
    public ConsentController(ConsentUseCase consent) {
        this.consent = Objects.requireNonNull(consent, "consent");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        RequestProblems.register(routes);
        routes.problem(TooManyConsentCodesException.class, e -> new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                HttpText.CONSENT_CODES_TOO_OFTEN.message().with("seconds", retryAfterSeconds(e))));
        routes.allow(Role.APPLICANT).post("/requests/{id}/consent", this::request)
                .post("/requests/{id}/consent/confirmation", ConfirmConsentRequest.class, this::confirm)
                .post("/requests/{id}/consent/refusal", this::decline);
    }

    private void request(Context ctx) {
        try {
            JsonAnswer.json(ctx.status(202), ConsentChallengeResponse.from(consent.requestConsent(
                    Authentication.actor(ctx), RequestIds.of(ctx))));
        } catch (TooManyConsentCodesException e) {
            ctx.header("Retry-After", Long.toString(retryAfterSeconds(e)));
            throw e;
        }
    }

    private static long retryAfterSeconds(TooManyConsentCodesException e) {
        return Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
    }

    private void confirm(Context ctx, ConfirmConsentRequest body) {
        RequestId id = RequestIds.of(ctx);
        if (body.code() == null || body.code().isBlank()) {
            throw ProblemException.invalidField("code", HttpText.CONSENT_CODE_REQUIRED.message());
        }
        RequestView confirmed = consent.confirm(Authentication.actor(ctx), id, body.code().strip()).fold(
                ConsentUseCase.ConsentResult.Confirmed::request,
                wrong -> {
                    throw wrongCode(id, wrong);
                });
        JsonAnswer.json(ctx, RequestResponse.from(confirmed));
    }

    private static ProblemException wrongCode(RequestId id, ConsentUseCase.ConsentResult.WrongCode wrong) {
        String path = RequestIds.location(id);
        return switch (wrong.reason()) {
            case WRONG -> new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION, HttpText.CONSENT_CODE_WRONG
                    .message().with("tries", wrong.triesLeft()),
                    List.of(new FieldProblem("code", HttpText.CONSENT_CODE_NOT_SENT.message())));
            case EXPIRED -> new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION, HttpText.CONSENT_CODE_EXPIRED
                    .message().with("path", path),
                    List.of(new FieldProblem("code", HttpText.CONSENT_CODE_EXPIRED_FIELD.message())));
            case VOID -> new ProblemException(ProblemType.BUSINESS_RULE_VIOLATION, HttpText.CONSENT_CODE_VOID
                    .message().with("path", path),
                    List.of(new FieldProblem("code", HttpText.CONSENT_CODE_VOID_FIELD.message())));
        };
    }

    private void decline(Context ctx) {
        JsonAnswer.json(ctx, RequestResponse.from(consent.decline(Authentication.actor(ctx), RequestIds.of(ctx))));
    }
}
