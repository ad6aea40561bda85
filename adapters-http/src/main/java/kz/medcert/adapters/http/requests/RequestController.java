package kz.medcert.adapters.http.requests;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.EntityTags;
import kz.medcert.adapters.http.FieldProblem;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.JsonBodyReader;
import kz.medcert.adapters.http.Languages;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.RequestIds;
import kz.medcert.adapters.http.RequestProblems;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.Role;
import kz.medcert.adapters.http.dto.RequestResponse;
import kz.medcert.adapters.http.dto.StartRequestRequest;
import kz.medcert.adapters.http.dto.SubmitRequestRequest;
import kz.medcert.application.port.in.requests.FetchRegistriesUseCase;
import kz.medcert.application.port.in.requests.GetRequestUseCase;
import kz.medcert.application.port.in.requests.IdempotencyKeyReusedException;
import kz.medcert.application.port.in.requests.RequestView;
import kz.medcert.application.port.in.requests.StartRequestUseCase.Idempotency;
import kz.medcert.application.port.in.requests.StartRequestUseCase.StartRequestCommand;
import kz.medcert.application.port.in.requests.StartRequestUseCase;
import kz.medcert.application.port.in.requests.SubmitRequestUseCase;
import kz.medcert.domain.reference.SpecialtyCatalogue;
import kz.medcert.domain.request.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The applicant's request for the public service: {@code POST /api/v1/requests} (201 with Location),
 * {@code GET /api/v1/requests/{id}}, {@code POST /api/v1/requests/{id}/fetch} (asks the registries whose turn has
 * come) and {@code POST /api/v1/requests/{id}/submission} (signed with EDS; see {@link SubmissionProblems}). Only
 * applicants start and change requests, each their own; officers (of the applicant's department) and administrators
 * also read them. Another's request is 404, like one that does not exist.
 *
 * <p>Retries are safe: a start sent with an {@code Idempotency-Key} creates one request however often it is retried
 * (the retry answers 201 with the same request and {@code Idempotent-Replayed: true}; the same key with another body
 * is a 422), and a submission retried with the same signature answers as the accepted one did. A submission whose
 * signature cannot be checked now (the certification authority's revocation service is down) stores nothing and is
 * answered 503 with {@code Retry-After}: the same submission sent again is checked again.
 */
public final class RequestController implements Controller {
    /** The header that makes starting a request safe to retry (IETF draft "The Idempotency-Key HTTP Header Field"). */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** When a submission whose signature could not be checked may be sent again. */
    static final long SIGNATURE_RETRY_AFTER_SECONDS = 30;
    private static final Logger LOG = LoggerFactory.getLogger(RequestController.class);

    private final StartRequestUseCase startRequest;
    private final GetRequestUseCase getRequest;
    private final FetchRegistriesUseCase fetchRegistries;
    private final SubmitRequestUseCase submitRequest;
    private final StartRequestMapper mapper = new StartRequestMapper(SpecialtyCatalogue.standard());

    @Inject
    public RequestController(StartRequestUseCase startRequest, GetRequestUseCase getRequest,
                             FetchRegistriesUseCase fetchRegistries, SubmitRequestUseCase submitRequest) {
        this.startRequest = Objects.requireNonNull(startRequest, "startRequest");
        this.getRequest = Objects.requireNonNull(getRequest, "getRequest");
        this.fetchRegistries = Objects.requireNonNull(fetchRegistries, "fetchRegistries");
        this.submitRequest = Objects.requireNonNull(submitRequest, "submitRequest");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        RequestProblems.register(routes);
        routes.problem(IdempotencyKeyReusedException.class, e -> new ProblemException(
                ProblemType.BUSINESS_RULE_VIOLATION, e.explanation(),
                List.of(new FieldProblem(IDEMPOTENCY_KEY, HttpText.IDEMPOTENCY_KEY_REUSED_FIELD.message()))));
        routes.allow(Role.APPLICANT).post("/requests", StartRequestRequest.class, this::start)
                .post("/requests/{id}/fetch", this::fetch)
                .post("/requests/{id}/submission", SubmitRequestRequest.class, this::submit);
        routes.allow(Role.APPLICANT, Role.OFFICER, Role.ADMIN).get("/requests/{id}", this::get);
    }

    private void start(Context ctx, StartRequestRequest body) {
        StartRequestCommand command = mapper.toCommand(body, Languages.chosen(ctx));
        String key = ctx.header(IDEMPOTENCY_KEY);
        RequestView view;
        if (key == null) {
            view = startRequest.start(Authentication.actor(ctx), command);
        } else {
            StartRequestUseCase.Started started = startRequest.start(Authentication.actor(ctx), command,
                    idempotency(key, JsonBodyReader.rawBody(ctx)));
            view = started.request();
            ctx.header("Idempotent-Replayed", String.valueOf(started.replayed()));
        }
        JsonAnswer.json(ctx.status(201).header("Location", RequestIds.location(view.state().id())),
                RequestResponse.from(view));
    }

    // The key names the attempt; the digest of the exact body tells a retry from a different request under one key
    private static Idempotency idempotency(String key, byte[] body) {
        try {
            return new Idempotency(key, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(IDEMPOTENCY_KEY, HttpText.IDEMPOTENCY_KEY_FORMAT.message()
                    .with("max", Idempotency.MAX_KEY_LENGTH));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private void get(Context ctx) {
        RequestView view = getRequest.get(Authentication.actor(ctx), RequestIds.of(ctx));
        EntityTags.tag(ctx, view.state());
        JsonAnswer.json(ctx, RequestResponse.from(view));
    }

    private void fetch(Context ctx) {
        JsonAnswer.json(ctx, RequestResponse.from(fetchRegistries.fetch(Authentication.actor(ctx),
                RequestIds.of(ctx))));
    }

    private void submit(Context ctx, SubmitRequestRequest body) {
        RequestId id = RequestIds.of(ctx);
        if (body.signature() == null || body.signature().isBlank()) {
            throw ProblemException.invalidField("signature", HttpText.SIGNATURE_REQUIRED.message());
        }
        RequestView accepted = submitRequest.submit(Authentication.actor(ctx), id, body.signature().strip()).fold(
                ok -> ok.request(),
                missing -> {
                    throw SubmissionProblems.missingUploads(missing);
                },
                badSignature -> {
                    throw SubmissionProblems.invalidSignature(badSignature);
                },
                notReady -> {
                    throw SubmissionProblems.notReady(notReady);
                },
                uncheckable -> {
                    LOG.warn("Signature of request {} not checkable now: {}", id, uncheckable.what());
                    ctx.header("Retry-After", Long.toString(SIGNATURE_RETRY_AFTER_SECONDS));
                    throw SubmissionProblems.signatureUncheckable();
                });
        JsonAnswer.json(ctx, RequestResponse.from(accepted));
    }
}
