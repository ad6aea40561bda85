package kz.medcert.application.port.in;

import java.util.Objects;
import kz.medcert.domain.reference.Explained;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;

/**
 * A use case's refusal, with why in words for the person who asked ({@link #explanation()}, shown in their language);
 * {@link #getMessage()} is the English text, for logs.
 */
public abstract class ExplainedException extends RuntimeException implements Explained {
    private static final long serialVersionUID = 1L;

    private final transient Message explanation;

    protected ExplainedException(Message explanation) {
        super(Objects.requireNonNull(explanation, "explanation").in(Language.EN));
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
