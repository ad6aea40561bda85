package kz.medcert.domain.request;

/** The applicant's consent to access restricted personal data (R60, R61, R90). */
public enum ConsentStatus {
    NOT_REQUESTED, REQUESTED, GIVEN, DECLINED
}
