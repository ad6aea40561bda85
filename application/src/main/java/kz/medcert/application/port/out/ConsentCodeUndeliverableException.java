package kz.medcert.application.port.out;

/**
 * The consent code could not be sent now (no SMS provider configured, the provider down, no mobile number registered
 * for the person): nothing about the request is lost; the applicant asks for a code again later (R60, R61).
 */
public class ConsentCodeUndeliverableException extends RuntimeException {

    public ConsentCodeUndeliverableException(String reason) {
        super(reason);
    }
}
