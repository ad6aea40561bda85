package kz.medcert.domain.request;

import kz.medcert.domain.reference.DomainText;
import kz.medcert.domain.reference.Message;

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
    /**
     * A preliminary refusal was notified (R91); the applicant may object until the hearing window ends, then the
     * officer refuses finally or issues.
     */
    REFUSAL_PROPOSED,
    /** Decided: the certificate was issued (R74, R75), by an officer or automatically (R14); the history names it. */
    ISSUED,
    /** Decided: the reasoned refusal is final (R75, R91). */
    REFUSED;

    /** The status in words («принята»), for texts a person reads; the API names it by its code. */
    public Message localizedName() {
        return DomainText.valueOf("STATUS_" + name()).message();
    }

    /** Awaiting the officer: accepted, or refused preliminarily and not yet decided finally. */
    public boolean awaitsDecision() {
        return this == ACCEPTED || this == REFUSAL_PROPOSED;
    }

    /** Submitted and registered (R22): from here on the request's content no longer changes. */
    public boolean submitted() {
        return ordinal() >= ACCEPTED.ordinal();
    }
}
