package kz.medcert.adapters.http;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.medcert.adapters.http.dto.HealthResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: 200 {@code {"status":"UP"}}, or 503 DOWN when a readiness check fails (each one named); with the
 * details reported beside the checks (e.g. the working calendar's reach), which never make it DOWN.
 */
final class HealthCheck {
    private static final Logger LOG = LoggerFactory.getLogger(HealthCheck.class);

    private final List<ReadinessCheck> checks;
    private final List<HealthDetail> details;

    HealthCheck(List<ReadinessCheck> checks, List<HealthDetail> details) {
        this.checks = List.copyOf(checks);
        this.details = List.copyOf(details);
    }

    void handle(Context ctx) {
        Map<String, String> states = new LinkedHashMap<>();
        boolean up = true;
        for (ReadinessCheck check : checks) {
            boolean ready = ready(check);
            states.put(check.name(), ready ? HealthResponse.UP : HealthResponse.DOWN);
            up &= ready;
        }
        ctx.status(up ? 200 : 503).json(new HealthResponse(up ? HealthResponse.UP : HealthResponse.DOWN, states,
                details()));
    }

    private Map<String, Object> details() {
        Map<String, Object> reported = new LinkedHashMap<>();
        for (HealthDetail detail : details) {
            try {
                reported.put(detail.name(), detail.detail());
            } catch (RuntimeException e) {
                LOG.warn("Health detail {} failed", detail.name(), e);
            }
        }
        return reported;
    }

    private static boolean ready(ReadinessCheck check) {
        try {
            return check.isReady();
        } catch (RuntimeException e) {
            LOG.warn("Readiness check {} failed", check.name(), e);
            return false;
        }
    }
}
