package kz.medcert.application.port.in;

import java.util.Objects;

/**
 * A well-formed step that the law does not allow (e.g. issuing on a court prohibition, submitting for a person the
 * state database of individuals does not know); {@code field} names what in the request is the cause.
 */
public class BusinessRuleException extends RuntimeException {
    private final String field;

    public BusinessRuleException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }
}
