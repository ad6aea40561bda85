package kz.medcert.domain.request;

import java.util.Objects;
import kz.medcert.domain.reference.Explained;
import kz.medcert.domain.reference.Language;
import kz.medcert.domain.reference.Message;

/**
 * A step the request's state does not allow now (consent on a submitted request, an objection after the window), with
 * why in words for the person who tried it; {@link #getMessage()} is the English text.
 */
public class StepRefusedException extends IllegalStateException implements Explained {
    private static final long serialVersionUID = 1L;

    private final transient Message explanation;

    public StepRefusedException(Message explanation) {
        super(Objects.requireNonNull(explanation, "explanation").in(Language.EN));
        this.explanation = explanation;
    }

    @Override
    public Message explanation() {
        return explanation;
    }
}
