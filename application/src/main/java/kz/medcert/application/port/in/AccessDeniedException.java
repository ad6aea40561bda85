package kz.medcert.application.port.in;

import kz.medcert.domain.reference.Message;

/**
 * The caller may not take this step at all, whatever the request: e.g. an officer starting a request, or an applicant
 * starting one for another IIN. A request the caller may not see is a {@link RequestNotFoundException} instead, so
 * that its existence does not leak.
 */
public class AccessDeniedException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(Message explanation) {
        super(explanation);
    }
}
