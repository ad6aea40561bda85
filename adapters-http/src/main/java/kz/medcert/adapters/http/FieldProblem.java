package kz.medcert.adapters.http;

import java.util.Objects;
import kz.medcert.domain.reference.Message;

/**
 * One offending field of a request, as a problem names it: its JSON path (e.g. {@code education[0].graduationDate}),
 * which stays the same in every language, and what is wrong, worded in the reader's language when rendered.
 */
public record FieldProblem(String field, Message message) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
