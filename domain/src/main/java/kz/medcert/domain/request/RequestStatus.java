package kz.medcert.domain.request;

/** Where a request stands on the applicant's side of the service. */
public enum RequestStatus {
    /** Started; the applicant has not yet given (or declined) consent (R60, R61). */
    AWAITING_CONSENT,
    /** Consent given; some state registries have not answered yet and are being retried (R21, R70). */
    AWAITING_REGISTRIES,
    /** Data fetched (or consent declined); the applicant uploads what no registry holds, then signs and submits. */
    AWAITING_DOCUMENTS,
    /** Submitted with EDS and registered: "request for the public service accepted" (R22). */
    ACCEPTED,
    /** Decided: the officer issued the certificate (R74, R75); the history names its number. */
    ISSUED
}
