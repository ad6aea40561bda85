package kz.medcert.bootstrap;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import kz.medcert.adapters.http.operations.MetricsEndpoint;
import kz.medcert.adapters.http.auth.StaticBearerToken;

/**
 * What the operators get: the metrics and how they are reached, and the format of the log lines.
 *
 * @param metricsToken MEDCERT_METRICS_TOKEN: the bearer token {@code /metrics} asks for (at least 32 characters)
 * @param metricsPort  MEDCERT_METRICS_PORT: a port of its own for {@code /metrics} (0 picks a free one), which only
 *                     the operators' network reaches; the API's port then answers 404 there
 * @param logFormat    MEDCERT_LOG_FORMAT: {@code text} (readable lines, the default) or {@code json} (one JSON object
 *                     a line, for a log collector in production); logback.xml reads the same variable, it is checked
 *                     here so that a misspelt value stops the start instead of being ignored
 * @param demo         demo mode: with neither the token nor the port, {@code /metrics} is open to
 *                     {@value #DEMO_METRICS_TOKEN}, like the other public demo stand-ins; outside it, off
 */
public record OperationsConfig(Optional<String> metricsToken, OptionalInt metricsPort, LogFormat logFormat,
                               boolean demo) {
    /** Public in this file and in README: it proves nothing, and is refused outside demo mode. */
    public static final String DEMO_METRICS_TOKEN = "medcert-demo-metrics-token-for-the-demo-only";

    /** How log lines are written. */
    public enum LogFormat {
        TEXT, JSON
    }

    public OperationsConfig {
        metricsToken.ifPresent(StaticBearerToken::of); // too short: refused here, at the start
    }

    static OperationsConfig fromEnvironment(Map<String, String> env, boolean demo, int apiPort) {
        Optional<String> token = Environment.value(env, "MEDCERT_METRICS_TOKEN");
        try {
            token.ifPresent(StaticBearerToken::of);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("MEDCERT_METRICS_TOKEN: " + e.getMessage(), e);
        }
        if (!demo && token.filter(DEMO_METRICS_TOKEN::equals).isPresent()) {
            throw new IllegalArgumentException("MEDCERT_METRICS_TOKEN is the public demo token: outside demo mode set "
                    + "a secret of your own (e.g. `openssl rand -hex 32`)");
        }
        OptionalInt metricsPort = port(env.get("MEDCERT_METRICS_PORT"));
        if (metricsPort.isPresent() && metricsPort.getAsInt() != 0 && metricsPort.getAsInt() == apiPort) {
            throw new IllegalArgumentException("MEDCERT_METRICS_PORT must differ from MEDCERT_PORT (" + apiPort
                    + "): the metrics get a port of their own");
        }
        return new OperationsConfig(token, metricsPort, logFormat(env.get("MEDCERT_LOG_FORMAT")), demo);
    }

    private static OptionalInt port(String value) {
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return OptionalInt.of(port);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("MEDCERT_METRICS_PORT must be a port number (0 picks a free one), not '"
                    + value + "'");
        }
    }

    private static LogFormat logFormat(String value) {
        String format = value == null || value.isBlank() ? "text" : value.strip();
        return switch (format) {
            case "text" -> LogFormat.TEXT;
            case "json" -> LogFormat.JSON;
            default -> throw new IllegalArgumentException("MEDCERT_LOG_FORMAT must be text or json, not '" + value
                    + "'");
        };
    }

    /** What {@code /metrics} on the API's port serves: nothing when the metrics have a port of their own. */
    MetricsEndpoint onApiPort(MetricsEndpoint.Source metrics) {
        if (metricsPort.isPresent()) {
            return MetricsEndpoint.off();
        }
        return token().map(t -> MetricsEndpoint.protectedBy(StaticBearerToken.of(t), metrics))
                .orElseGet(MetricsEndpoint::off);
    }

    /** What {@code /metrics} serves on its own port, when it has one: behind the token when one is set. */
    Optional<MetricsEndpoint> onOwnPort(MetricsEndpoint.Source metrics) {
        if (metricsPort.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(metricsToken.map(t -> MetricsEndpoint.protectedBy(StaticBearerToken.of(t), metrics))
                .orElseGet(() -> MetricsEndpoint.open(metrics)));
    }

    /** The token {@code /metrics} asks for on the API's port: the configured one, or in demo mode the demo's. */
    private Optional<String> token() {
        return metricsToken.or(() -> demo ? Optional.of(DEMO_METRICS_TOKEN) : Optional.empty());
    }

    /** For the start-up log: where the metrics are and how they are protected, never the token itself. */
    String describeMetrics() {
        if (metricsPort.isPresent()) {
            return "/metrics on port " + metricsPort.getAsInt() + (metricsToken.isPresent()
                    ? " behind MEDCERT_METRICS_TOKEN" : " (open: keep the port to the operators' network)");
        }
        if (metricsToken.isPresent()) {
            return "/metrics behind MEDCERT_METRICS_TOKEN";
        }
        return demo ? "/metrics behind the demo token " + DEMO_METRICS_TOKEN
                : "/metrics off (set MEDCERT_METRICS_TOKEN or MEDCERT_METRICS_PORT)";
    }
}
