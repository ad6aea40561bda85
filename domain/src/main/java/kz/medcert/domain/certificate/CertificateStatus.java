package kz.medcert.domain.certificate;

/** Whether a certificate admits its holder to clinical practice on a given day. */
public enum CertificateStatus {
    VALID, EXPIRED,
    /** Revoked by an officer, e.g. on a court prohibition (R88). */
    REVOKED
}
