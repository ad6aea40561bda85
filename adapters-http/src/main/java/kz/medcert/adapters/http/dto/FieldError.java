package kz.medcert.adapters.http.dto;

/**
 * One offending field of a request: its JSON path (e.g. {@code education[0].graduationDate}) and what is wrong.
 */
public record FieldError(String field, String message) {
}
