package kz.medcert.application.port.in;

/**
 * The caller may not take this step at all, whatever the request: e.g. an officer starting a request, or an applicant
 * starting one for another IIN. A request the caller may not see is a {@link RequestNotFoundException} instead, so
 * that its existence does not leak.
 */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
