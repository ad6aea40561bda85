package kz.medcert.adapters.http;

import java.util.List;
import java.util.Objects;
import kz.medcert.adapters.http.dto.FieldError;

/**
 * Thrown anywhere in request handling to answer with a problem of a catalogued type; the exception handler renders
 * it as {@code application/problem+json}. It carries no stack trace: it is an answer, not a failure.
 */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient List<FieldError> errors;

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.errors = List.copyOf(errors);
    }

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    /** A 400 naming one offending field. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.INVALID_REQUEST, "The request has an invalid field: " + field,
                List.of(new FieldError(field, message)));
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> errors() {
        return errors;
    }
}
