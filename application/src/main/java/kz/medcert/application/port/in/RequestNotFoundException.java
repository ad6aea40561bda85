package kz.medcert.application.port.in;

import kz.medcert.domain.request.RequestId;

/** No request with this id (or none the caller may see). */
public class RequestNotFoundException extends RuntimeException {
    public RequestNotFoundException(RequestId id) {
        super("no request " + id);
    }
}
