package kz.medcert.application.port.in;

import kz.medcert.domain.reference.Explained;
import kz.medcert.domain.reference.Message;

/** The request is not in a state that allows this step (e.g. consent on a submitted request), or changed meanwhile. */
public class RequestConflictException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    public RequestConflictException(Message explanation) {
        super(explanation);
    }

    /** The domain's refusal of a step as a conflict, with its worded reason (as it is, when it has none). */
    public static RequestConflictException of(IllegalStateException refused) {
        return new RequestConflictException(Explained.explanationOf(refused));
    }
}
