package kz.medcert.adapters.http.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One offending field of a request: its JSON path (e.g. {@code education[0].graduationDate}), where a client may
 * branch on it a stable {@code code} of what is wrong (e.g. {@code CERTIFICATE_REVOKED} for {@code signature}), and
 * what is wrong in words.
 */
@JsonPropertyOrder({"field", "code", "message"})
public record FieldError(String field, String message,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String code) {

    /** A field error without a code: the message says it all. */
    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
