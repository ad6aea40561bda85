package kz.medcert.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import kz.medcert.adapters.http.auth.Authentication;
import kz.medcert.adapters.http.auth.TokenVerifier;
import kz.medcert.adapters.http.evaluation.EvaluationController;
import kz.medcert.adapters.http.operations.CalendarCoverageDetail;
import kz.medcert.adapters.http.operations.HealthCheck;
import kz.medcert.adapters.http.operations.HealthDetail;
import kz.medcert.adapters.http.operations.MetricsEndpoint;
import kz.medcert.adapters.http.operations.ReadinessCheck;
import kz.medcert.adapters.http.reference.ReferenceDataController;
import kz.medcert.adapters.http.requests.AttachmentController;
import kz.medcert.adapters.http.requests.ConsentController;
import kz.medcert.adapters.http.requests.RequestController;
import kz.medcert.application.port.in.evaluation.EvaluateDossierUseCase;

/**
 * The HTTP API of MedCert: a Javalin server with the JSON configuration, the error handling (RFC 9457 problems
 * everywhere), a request id on every request ({@code X-Request-Id}) and an access log line after it,
 * {@code GET /health} (and {@code /health/live}, {@code /health/ready}), {@code GET /ping}, {@code GET /metrics}
 * (off unless configured), {@code GET /openapi.json}, {@code GET /docs}, and the routes of each {@link Controller}
 * under {@value ApiRoutes#BASE_PATH}.
 *
 * <pre>{@code
 * HttpApi api = HttpApi.builder()
 *         .settings(new HttpSettings(64 * 1024, 10L * 1024 * 1024 + 64 * 1024))
 *         .controller(new EvaluationController(evaluateDossier))
 *         .controller(new RequestController(startRequest, getRequest, fetchRegistries, submitRequest))
 *         .controller(new ConsentController(consent))
 *         .controller(new AttachmentController(attachDocument))
 *         .controller(new ReferenceDataController(referenceData))
 *         .authentication(TokenVerifier.rsaPublicKeyFile(keyFile, new TokenSettings(issuer, audience), clock))
 *         .readinessCheck(databaseCheck)
 *         .healthDetail(new CalendarCoverageDetail(calendarCoverage))
 *         .requestObserver(httpMetrics)
 *         .metrics(MetricsEndpoint.protectedBy(StaticBearerToken.of(metricsToken), metricsSource))
 *         .build()
 *         .start("0.0.0.0", 8080);
 * ...
 * api.stop();
 * }</pre>
 *
 * Without {@link Builder#authentication} every protected route answers 401: the API fails closed.
 */
public final class HttpApi implements AutoCloseable {
    /** The cheapest answer the server gives: the baseline of the HTTP load benchmark (scripts/bench-http.sh). */
    static final String PING_PATH = "/ping";
    static final String PONG = "pong";

    private final Javalin app;

    private HttpApi(HttpSettings settings, List<Controller> controllers, List<ReadinessCheck> checks,
                    List<HealthDetail> healthDetails, Duration readinessTimeLimit, Authentication authentication,
                    SecurityHeaders headers, List<RequestObserver> observers, MetricsEndpoint metrics,
                    List<Consumer<JavalinConfig>> extensions) {
        ObjectMapper mapper = JsonMapping.objectMapper();
        JsonBodyReader bodies = new JsonBodyReader(mapper, settings.maxBodyBytes());
        ApiDocs docs = ApiDocs.load(mapper);
        HealthCheck health = new HealthCheck(checks, healthDetails, readinessTimeLimit);
        JarResources.install();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.requestLogger.http(new AccessLog(config.unsafe, observers)::completed);
            ErrorHandling errors = ErrorHandling.install(config, mapper);
            AuthProblems.install(config, errors);
            config.routes.before(RequestIdHeader::assign); // first: whatever answers next names the request
            config.routes.before(headers::apply);
            config.routes.before(RequestHeaders::check);
            config.routes.before(authentication::authenticate);
            config.routes.beforeMatched(authentication::authorize);
            config.routes.get("/health", health::handle);
            config.routes.get("/health/live", HealthCheck::live);
            config.routes.get("/health/ready", health::ready);
            config.routes.get(MetricsEndpoint.PATH, metrics::handle);
            config.routes.get(PING_PATH, HttpApi::ping);
            docs.install(config);
            ApiRoutes api = new ApiRoutes(config.routes, bodies, new MultipartReader(settings.maxUploadBytes()),
                    errors);
            controllers.forEach(controller -> controller.registerRoutes(api));
            extensions.forEach(extension -> extension.accept(config));
        });
    }

    // Through the same filters as every request (authentication, request log), but no JSON, no database.
    private static void ping(Context ctx) {
        ctx.contentType(ContentType.TEXT_PLAIN).result(PONG);
    }

    /**
     * Starts opening the service's jar for the static files it serves (Swagger UI's, the web front's) on a thread of
     * its own, while the rest of the service is wired: a start-up saving, nothing else changes.
     */
    public static void prepareStaticFiles() {
        JarResources.install();
        JarResources.openInBackground(HttpApi.class);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The API with the evaluation controller only and default settings (the journey's controllers: see above). */
    public static HttpApi create(HttpSettings settings, EvaluateDossierUseCase evaluateDossier) {
        return builder().settings(settings).controller(new EvaluationController(evaluateDossier)).build();
    }

    /** Starts listening; port 0 picks a free port, which {@link #port()} then tells. */
    public HttpApi start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public HttpApi start(int port) {
        app.start(port);
        return this;
    }

    /** The port the server listens on, once started. */
    public int port() {
        return app.port();
    }

    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** The configured Javalin instance, for what bootstrap adds around it (e.g. metrics) and for tests. */
    public Javalin javalin() {
        return app;
    }

    /** Collects the settings, controllers, readiness checks and health details of an {@link HttpApi}. */
    public static final class Builder {
        private HttpSettings settings = HttpSettings.defaults();
        private final List<Controller> controllers = new ArrayList<>();
        private final List<ReadinessCheck> readinessChecks = new ArrayList<>();
        private final List<HealthDetail> healthDetails = new ArrayList<>();
        private final List<RequestObserver> observers = new ArrayList<>();
        private TokenVerifier tokens = TokenVerifier.refusingAll();
        private Optional<Duration> hstsMaxAge = Optional.empty();
        private Duration readinessTimeLimit = HealthCheck.DEFAULT_TIME_LIMIT;
        private MetricsEndpoint metrics = MetricsEndpoint.off();
        private final List<Consumer<JavalinConfig>> extensions = new ArrayList<>();

        private Builder() {
        }

        public Builder settings(HttpSettings value) {
            settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        public Builder controller(Controller value) {
            controllers.add(Objects.requireNonNull(value, "controller"));
            return this;
        }

        public Builder controllers(Collection<? extends Controller> values) {
            values.forEach(this::controller);
            return this;
        }

        /** How bearer tokens are verified (see {@link Authentication} for which routes need one). */
        public Builder authentication(TokenVerifier value) {
            tokens = Objects.requireNonNull(value, "authentication");
            return this;
        }

        /**
         * Served over HTTPS (TLS ends in front of the service): every answer tells browsers to insist on HTTPS for
         * {@code maxAge} (Strict-Transport-Security).
         */
        public Builder strictTransportSecurity(Duration maxAge) {
            hstsMaxAge = Optional.of(Objects.requireNonNull(maxAge, "maxAge"));
            return this;
        }

        public Builder readinessCheck(ReadinessCheck value) {
            readinessChecks.add(Objects.requireNonNull(value, "readinessCheck"));
            return this;
        }

        public Builder readinessChecks(Collection<? extends ReadinessCheck> values) {
            values.forEach(this::readinessCheck);
            return this;
        }

        /** Something {@code /health} reports under {@code details}, e.g. {@link CalendarCoverageDetail}. */
        public Builder healthDetail(HealthDetail value) {
            healthDetails.add(Objects.requireNonNull(value, "healthDetail"));
            return this;
        }

        /** How long a readiness check may take before it counts as DOWN (3 s unless set). */
        public Builder readinessTimeLimit(Duration value) {
            Objects.requireNonNull(value, "readinessTimeLimit");
            if (value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("the readiness time limit must be positive, not " + value);
            }
            readinessTimeLimit = value;
            return this;
        }

        /** Told of every answered request, by route template and status (e.g. to count them for the metrics). */
        public Builder requestObserver(RequestObserver value) {
            observers.add(Objects.requireNonNull(value, "requestObserver"));
            return this;
        }

        /** What {@code GET /metrics} serves on this port, and to whom; off (404) unless set. */
        public Builder metrics(MetricsEndpoint value) {
            metrics = Objects.requireNonNull(value, "metrics");
            return this;
        }

        /**
         * Something else served by the same server, outside {@value ApiRoutes#BASE_PATH} (the web front): it adds its
         * routes to the configuration after the API's. Its requests pass the API's filters, which act on API paths
         * only, and it answers its own errors.
         */
        public Builder configure(Consumer<JavalinConfig> extension) {
            extensions.add(Objects.requireNonNull(extension, "extension"));
            return this;
        }

        public HttpApi build() {
            return new HttpApi(settings, List.copyOf(controllers), List.copyOf(readinessChecks),
                    List.copyOf(healthDetails), readinessTimeLimit, new Authentication(tokens),
                    new SecurityHeaders(hstsMaxAge), List.copyOf(observers), metrics, List.copyOf(extensions));
        }
    }
}
