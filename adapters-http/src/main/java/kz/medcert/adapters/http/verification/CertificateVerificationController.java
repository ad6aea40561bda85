package kz.medcert.adapters.http.verification;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.adapters.http.EntityTags;
import kz.medcert.adapters.http.ApiRoutes;
import kz.medcert.adapters.http.ClientAddresses;
import kz.medcert.adapters.http.Controller;
import kz.medcert.adapters.http.ErrorHandling;
import kz.medcert.adapters.http.HttpApi;
import kz.medcert.adapters.http.HttpText;
import kz.medcert.adapters.http.JsonAnswer;
import kz.medcert.adapters.http.Languages;
import kz.medcert.adapters.http.ProblemException;
import kz.medcert.adapters.http.ProblemType;
import kz.medcert.adapters.http.RateLimit;
import kz.medcert.adapters.http.RateLimiter;
import kz.medcert.adapters.http.RequestIdHeader;
import kz.medcert.adapters.http.dto.ProblemResponse;
import kz.medcert.adapters.http.dto.PublicCertificateResponse;
import kz.medcert.application.port.in.verification.VerifyCertificateUseCase;
import kz.medcert.domain.reference.Language;

/**
 * Public verification of a certificate by its number, without a token: {@code GET
 * /api/v1/public/certificates/{number}} (JSON) and the page {@code GET /verify/{number}} / {@code GET /verify?number=}
 * (HTML, Kazakh and Russian). Both show only what {@code PublicCertificateView} holds. One rate limit per client
 * address covers both (the peer's, or behind trusted proxies the one they name, see {@link ClientAddresses}); beyond
 * it the answer is 429 with {@code Retry-After}. The limit is per instance of the service.
 *
 * <p>The page lives outside {@value ApiRoutes#BASE_PATH}, where {@link ApiRoutes} cannot register it: after building
 * the API, call {@link #registerPages(HttpApi)} (before starting it).
 */
public final class CertificateVerificationController implements Controller {
    public static final String API_PATH = "/public/certificates/{number}";
    /**
     * A found certificate's JSON answer: the reader's own browser may reuse it for half a minute, then asks again with
     * its ETag (304 when nothing changed); no shared cache keeps it ({@code private}), as it names a person.
     */
    static final String FOUND_CACHE_CONTROL = "private, max-age=30";
    public static final String PAGE_PATH = "/verify";
    static final String TOO_MANY_REQUESTS_TYPE = ProblemType.BASE_URI + "too-many-requests";
    private static final String NUMBER = "number";

    private final VerifyCertificateUseCase verifyCertificate;
    private final RateLimiter limiter;
    private final ClientAddresses clients;

    /**
     * @param rateLimit how often one client may verify, e.g. {@link RateLimit#PUBLIC_VERIFICATION}
     * @param clock     the rate limit's time; the status date comes from the use case
     */
    public CertificateVerificationController(VerifyCertificateUseCase verifyCertificate, RateLimit rateLimit,
                                             Clock clock) {
        this(verifyCertificate, rateLimit, clock, ClientAddresses.direct());
    }

    /**
     * @param clients who the client is: the peer, or behind trusted reverse proxies the address they name. The limit
     *                is kept in this instance's memory: with several instances behind a balancer, each counts its own
     */
    @Inject
    public CertificateVerificationController(VerifyCertificateUseCase verifyCertificate, RateLimit rateLimit,
                                             Clock clock, ClientAddresses clients) {
        this.verifyCertificate = Objects.requireNonNull(verifyCertificate, "verifyCertificate");
        this.limiter = new RateLimiter(rateLimit, clock);
        this.clients = Objects.requireNonNull(clients, "clients");
    }

    @Override
    public void registerRoutes(ApiRoutes routes) {
        routes.get(API_PATH, this::json);
    }

    /** Adds the HTML page to a built (not yet started) API. */
    public void registerPages(HttpApi api) {
        var router = api.javalin().unsafe.internalRouter;
        router.addHttpEndpoint(new Endpoint(HandlerType.GET, PAGE_PATH, this::formPage));
        router.addHttpEndpoint(new Endpoint(HandlerType.GET, PAGE_PATH + "/{" + NUMBER + "}", this::numberPage));
    }

    private void json(Context ctx) {
        publicAnswer(ctx);
        Optional<Duration> wait = limiter.acquire(clients.of(ctx));
        if (wait.isPresent()) {
            tooManyRequestsProblem(ctx, wait.get());
            return;
        }
        String number = ctx.pathParam(NUMBER);
        PublicCertificateResponse body = verifyCertificate.verify(number).fold(
                found -> PublicCertificateResponse.from(found.certificate()),
                malformed -> {
                    throw ProblemException.invalidField(NUMBER, malformed.explanation());
                },
                notFound -> {
                    throw new ProblemException(ProblemType.NOT_FOUND, HttpText.NOT_IN_REGISTER.message()
                            .with("number", number.strip().toUpperCase(Locale.ROOT)));
                });
        byte[] representation = JsonAnswer.bytes(ctx, body);
        ctx.header("Cache-Control", FOUND_CACHE_CONTROL);
        if (EntityTags.notModified(ctx, representation)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON).result(representation);
    }

    /** {@code /verify}: the empty form, or the answer for {@code ?number=}. */
    private void formPage(Context ctx) {
        String number = ctx.queryParam(NUMBER);
        answerPage(ctx, number == null || number.isBlank() ? Optional.empty() : Optional.of(number));
    }

    private void numberPage(Context ctx) {
        answerPage(ctx, Optional.of(ctx.pathParam(NUMBER)));
    }

    private void answerPage(Context ctx, Optional<String> number) {
        Optional<Duration> wait = limiter.acquire(clients.of(ctx));
        if (wait.isPresent()) {
            tooManyRequestsPage(ctx, wait.get());
            return;
        }
        if (number.isEmpty()) {
            page(ctx, 200, VerificationPage.form());
            return;
        }
        String typed = number.get();
        verifyCertificate.verify(typed).fold(
                found -> page(ctx, 200, VerificationPage.found(found.certificate())),
                malformed -> page(ctx, 400, VerificationPage.malformed(typed, malformed.mistyped())),
                notFound -> page(ctx, 404, VerificationPage.notFound(typed)));
    }

    private static Context tooManyRequestsProblem(Context ctx, Duration wait) {
        long seconds = retryAfterSeconds(wait);
        Language language = Languages.of(ctx);
        return JsonAnswer.json(ctx.status(429).header("Retry-After", Long.toString(seconds)),
                        new ProblemResponse(TOO_MANY_REQUESTS_TYPE, HttpText.TITLE_TOO_MANY_REQUESTS.message()
                                .in(language), 429, HttpText.TOO_MANY_VERIFICATIONS.message()
                                .with("seconds", seconds).in(language), ErrorHandling.instance(ctx), List.of(), null)
                                .withRequestId(RequestIdHeader.of(ctx)))
                .contentType(ErrorHandling.PROBLEM_JSON);
    }

    private static Context tooManyRequestsPage(Context ctx, Duration wait) {
        long seconds = retryAfterSeconds(wait);
        ctx.header("Retry-After", Long.toString(seconds));
        return page(ctx, 429, VerificationPage.tooManyRequests(seconds));
    }

    private static Context page(Context ctx, int status, String html) {
        return publicAnswer(ctx).status(status).header("Content-Security-Policy",
                VerificationPage.CONTENT_SECURITY_POLICY).contentType(VerificationPage.CONTENT_TYPE).result(html);
    }

    // The answer names a person (surname and initials): no shared cache keeps it, no search engine lists it.
    private static Context publicAnswer(Context ctx) {
        return ctx.header("Cache-Control", "no-store").header("X-Robots-Tag", "noindex")
                .header("X-Content-Type-Options", "nosniff").header("Referrer-Policy", "no-referrer");
    }

    private static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
