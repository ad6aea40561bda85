package kz.medcert.adapters.http.operations;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.adapters.http.auth.StaticBearerToken;

/**
 * {@code GET /metrics}: the operators' metrics as text (Prometheus' format), made elsewhere (bootstrap's registry) and
 * served here only as configured: behind a bearer token ({@link StaticBearerToken}), or open on a port of its own
 * that only operators reach ({@link MetricsServer}). Switched off, it answers 404 like a path that does not exist.
 */
public final class MetricsEndpoint {
    public static final String PATH = "/metrics";

    /** What the metrics are, at the moment they are asked for. */
    public interface Source {
        /** The media type of {@link #text()}, e.g. Prometheus' {@code text/plain; version=0.0.4; charset=utf-8}. */
        String contentType();

        String text();
    }

    private final Optional<Source> source;
    private final Optional<StaticBearerToken> token;

    private MetricsEndpoint(Optional<Source> source, Optional<StaticBearerToken> token) {
        this.source = source;
        this.token = token;
    }

    /** No metrics here: 404. */
    public static MetricsEndpoint off() {
        return new MetricsEndpoint(Optional.empty(), Optional.empty());
    }

    /** The metrics, to whoever presents {@code token} as a bearer token; 401 to anyone else. */
    public static MetricsEndpoint protectedBy(StaticBearerToken token, Source source) {
        return new MetricsEndpoint(Optional.of(Objects.requireNonNull(source, "source")),
                Optional.of(Objects.requireNonNull(token, "token")));
    }

    /** The metrics to anyone: only for a port of its own that the network keeps to the operators. */
    public static MetricsEndpoint open(Source source) {
        return new MetricsEndpoint(Optional.of(Objects.requireNonNull(source, "source")), Optional.empty());
    }

    public boolean isOn() {
        return source.isPresent();
    }

    public void handle(Context ctx) {
        Source metrics = source.orElseThrow(NotFoundResponse::new);
        token.ifPresent(required -> required.check(ctx));
        ctx.header("Cache-Control", "no-store").contentType(metrics.contentType())
                .result(metrics.text().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return source.isEmpty() ? "off" : token.isPresent() ? "behind a bearer token" : "open";
    }
}
