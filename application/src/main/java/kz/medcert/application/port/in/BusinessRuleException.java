package kz.medcert.application.port.in;

import java.util.Objects;
import kz.medcert.domain.reference.Message;

/**
 * A well-formed step that the law does not allow (e.g. issuing on a court prohibition, submitting for a person the
 * state database of individuals does not know); {@code field} names what in the request is the cause.
 */
public class BusinessRuleException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public BusinessRuleException(String field, Message explanation) {
        super(explanation);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }
}
