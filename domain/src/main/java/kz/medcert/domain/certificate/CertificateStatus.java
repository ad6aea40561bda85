package kz.medcert.domain.certificate;

/** Whether a certificate admits its holder to clinical practice on a given day. */
public enum CertificateStatus {
    VALID, EXPIRED,
    /** Revoked by an officer, e.g. on a court prohibition (R88); stays so whatever is issued later. */
    REVOKED,
    /**
     * Replaced by a later certificate of the same holder in the same specialty or specialization, or by one that
     * confirms it (R14, R75, R79: one current certificate per specialty), from the later one's issue day.
     */
    SUPERSEDED,
    /** Dated a later day than the one asked about (R78, row 7(2): a result issued on the next working day). */
    NOT_YET_VALID
}
