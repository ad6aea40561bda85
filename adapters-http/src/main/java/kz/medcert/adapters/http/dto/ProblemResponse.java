package kz.medcert.adapters.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code errors} names each offending field by its JSON
 * path; {@code errorId} is set only on 500 answers, to be quoted when reporting the failure; {@code requestId} (an
 * extension member) is the request's X-Request-Id, which the logs of the request carry too.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "errorId", "requestId"})
public record ProblemResponse(String type, String title, int status, String detail, String instance,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String errorId,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String requestId) {

    public ProblemResponse {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of no request in particular (yet): {@link #withRequestId} names it. */
    public ProblemResponse(String type, String title, int status, String detail, String instance,
                           List<FieldError> errors, String errorId) {
        this(type, title, status, detail, instance, errors, errorId, null);
    }

    /** The same problem, of the request with this id. */
    public ProblemResponse withRequestId(String id) {
        return new ProblemResponse(type, title, status, detail, instance, errors, errorId, id);
    }
}
