package kz.medcert.adapters.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code errors} names each offending field by its JSON
 * path; {@code errorId} is set only on 500 answers, to be quoted when reporting the failure.
 */
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "errorId"})
public record ProblemResponse(String type, String title, int status, String detail, String instance,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldError> errors,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String errorId) {

    public ProblemResponse {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
