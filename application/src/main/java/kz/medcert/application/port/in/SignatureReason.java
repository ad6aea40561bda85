package kz.medcert.application.port.in;

/**
 * Why an EDS is not accepted for a submission (R17, R81): a stable code for clients to branch on. The signature
 * out-port reports it and the submission's answer names it; the words for a person are the inbound adapter's.
 */
public enum SignatureReason {
    /** Not a base64 CMS (PKCS#7) SignedData at all, e.g. the demo signature outside demo mode. */
    SIGNATURE_NOT_CMS,
    /** A signature over other content than the request's current one (an older version, or changed content). */
    CONTENT_MISMATCH,
    /** The signature does not verify with the signer's key, or has not exactly one signer. */
    SIGNATURE_INVALID,
    /** The signature or its certificates use an algorithm no installed provider implements (e.g. GOST, see README). */
    UNSUPPORTED_ALGORITHM,
    /** The signature carries no certificate of its signer. */
    SIGNER_CERTIFICATE_MISSING,
    /** The signing time the signature states lies in the future. */
    SIGNING_TIME_IN_FUTURE,
    /** The signer's certificate does not chain to a trusted certification authority. */
    CERTIFICATE_UNTRUSTED,
    /** A certificate of the chain had expired at the signing time. */
    CERTIFICATE_EXPIRED,
    /** A certificate of the chain was not yet valid at the signing time. */
    CERTIFICATE_NOT_YET_VALID,
    /** The signer's certificate is revoked. */
    CERTIFICATE_REVOKED,
    /** The signer's certificate is not for signing: it lacks the digitalSignature key usage. */
    KEY_USAGE_NOT_DIGITAL_SIGNATURE,
    /** The certificate names another person than the applicant, or no IIN at all. */
    SIGNER_IS_NOT_APPLICANT
}
