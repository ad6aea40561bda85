package kz.medcert.domain.reference;

import java.util.Objects;

/**
 * A value refused at its construction, with the reason worded for the person who typed it ({@link #explanation()});
 * {@link #getMessage()} is the English text.
 */
public class InvalidValueException extends IllegalArgumentException implements Explained {
    private static final long serialVersionUID = 1L;

    private final transient Message explanation;

    public InvalidValueException(Message explanation) {
        super(Objects.requireNonNull(explanation, "explanation").in(Language.EN));
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
