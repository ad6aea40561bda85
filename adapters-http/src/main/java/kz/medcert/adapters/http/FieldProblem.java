package kz.medcert.adapters.http;

import java.util.Objects;
import kz.medcert.domain.reference.Message;

/**
 * One offending field of a request, as a problem names it: its JSON path (e.g. {@code education[0].graduationDate}),
 * which stays the same in every language, where a client may branch on it a stable {@code code} of what is wrong
 * (e.g. {@code CERTIFICATE_REVOKED} for {@code signature}; null otherwise), and what is wrong, worded in the reader's
 * language when rendered.
 */
public record FieldProblem(String field, Message message, String code) {
    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** A field problem without a code: the message says it all. */
    public FieldProblem(String field, Message message) {
        this(field, message, null);
    }
}
