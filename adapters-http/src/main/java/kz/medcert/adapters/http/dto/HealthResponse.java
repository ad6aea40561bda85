package kz.medcert.adapters.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * {@code GET /health}: {@code UP} when every readiness check passes, with each check's state when there are any, and
 * the details the service reports beside them (e.g. {@code workingCalendar}) when there are any.
 */
public record HealthResponse(String status,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> checks,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> details) {

    public static final String UP = "UP";
    public static final String DOWN = "DOWN";
}
