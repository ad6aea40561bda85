package kz.medcert.adapters.http.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.adapters.http.AuthProblems;
import kz.medcert.adapters.http.ErrorHandling;
import kz.medcert.adapters.http.JsonMapping;
import kz.medcert.adapters.http.SecurityHeaders;

/**
 * {@code GET /metrics} alone, on a port of its own (MEDCERT_METRICS_PORT), for a network where only the operators'
 * scraper reaches that port; with the same problem documents and headers as the API. Every other path is 404.
 */
public final class MetricsServer implements AutoCloseable {
    private final Javalin app;

    private MetricsServer(Javalin app) {
        this.app = app;
    }

    /** Starts listening on {@code host} and {@code port} (0 picks a free one, which {@link #port()} then tells). */
    public static MetricsServer start(String host, int port, MetricsEndpoint endpoint) {
        Objects.requireNonNull(endpoint, "endpoint");
        ObjectMapper mapper = JsonMapping.objectMapper();
        SecurityHeaders headers = new SecurityHeaders(Optional.empty());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            ErrorHandling errors = ErrorHandling.install(config, mapper);
            AuthProblems.install(config, errors);
            config.routes.before(headers::apply);
            config.routes.get(MetricsEndpoint.PATH, endpoint::handle);
        });
        app.start(host, port);
        return new MetricsServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
