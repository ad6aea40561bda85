package kz.medcert.adapters.http;

import java.util.List;
import java.util.Objects;
import kz.medcert.domain.reference.Explained;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;

/**
 * Thrown anywhere in request handling to answer with a problem of a catalogued type; the exception handler renders
 * it as {@code application/problem+json}, its detail and each field's message in the reader's language. It carries
 * no stack trace: it is an answer, not a failure.
 */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ProblemType type;
    private final transient Message detail;
    private final transient List<FieldProblem> errors;

    public ProblemException(ProblemType type, Message detail, List<FieldProblem> errors) {
        super(Objects.requireNonNull(detail, "detail").in(Language.EN), null, false, false);
        this.type = Objects.requireNonNull(type, "type");
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public ProblemException(ProblemType type, Message detail) {
        this(type, detail, List.of());
    }

    /** A 400 naming one offending field. */
    public static ProblemException invalidField(String field, Message message) {
        return new ProblemException(ProblemType.INVALID_REQUEST, HttpText.INVALID_FIELD.message().with("field", field),
                List.of(new FieldProblem(field, message)));
    }

    /**
     * A refusal's words, for a field or a detail: the domain's and the use cases' refusals carry them in every
     * language; anything else (a library's message) is shown as it is.
     */
    public static Message explanation(Throwable refusal) {
        return refusal instanceof Explained explained ? explained.explanation()
                : Message.verbatim(String.valueOf(refusal.getMessage()));
    }

    public ProblemType type() {
        return type;
    }

    /** The detail, to render in the reader's language. */
    public Message detail() {
        return detail;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
