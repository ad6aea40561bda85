package kz.medcert.application.port.in;

import kz.medcert.domain.request.RequestId;

/** No request with this id (or none the caller may see). */
public class RequestNotFoundException extends ExplainedException {
    private static final long serialVersionUID = 1L;

    public RequestNotFoundException(RequestId id) {
        super(ServiceText.REQUEST_NOT_FOUND.message().with("request", id));
    }
}
