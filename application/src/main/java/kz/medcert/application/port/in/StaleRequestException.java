package kz.medcert.application.port.in;

import kz.medcert.domain.reference.Message;

/**
 * The caller decided on the version of a request it had read, and the request has changed since: someone else acted
 * on it in between. The caller reads it again and decides on what it now holds.
 */
public final class StaleRequestException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    public StaleRequestException(Message explanation) {
        super(explanation);
    }
}
