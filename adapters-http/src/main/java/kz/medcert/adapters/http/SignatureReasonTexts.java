package kz.medcert.adapters.http;

import kz.medcert.application.port.in.SignatureReason;

/**
 * The words for each reason an EDS is not accepted (R17, R81), one short sentence each, in one place: the field
 * message of a refused submission's {@code signature}, beside the reason's code.
 */
final class SignatureReasonTexts {
    /** The code of a signature that cannot be checked now (503). */
    static final String UNCHECKABLE_CODE = "SIGNATURE_CHECK_UNAVAILABLE";
    static final String UNCHECKABLE = "The signature could not be checked now; send the same submission again later.";

    private SignatureReasonTexts() {
    }

    static String sentence(SignatureReason reason) {
        return switch (reason) {
            case SIGNATURE_NOT_CMS -> "The signature is not a CMS (PKCS#7) signature in base64.";
            case CONTENT_MISMATCH -> "The signature is over other content than the request's current content.";
            case SIGNATURE_INVALID -> "The signature does not verify with the signer's key.";
            case UNSUPPORTED_ALGORITHM -> "The signature uses an algorithm this service cannot check.";
            case SIGNER_CERTIFICATE_MISSING -> "The signature does not include the signer's certificate.";
            case SIGNING_TIME_IN_FUTURE -> "The signature states a signing time in the future.";
            case CERTIFICATE_UNTRUSTED -> "The signer's certificate is not issued by a trusted certification authority.";
            case CERTIFICATE_EXPIRED -> "The signer's certificate had expired at the signing time.";
            case CERTIFICATE_NOT_YET_VALID -> "The signer's certificate was not yet valid at the signing time.";
            case CERTIFICATE_REVOKED -> "The signer's certificate is revoked.";
            case KEY_USAGE_NOT_DIGITAL_SIGNATURE -> "The signer's certificate is not a signing certificate.";
            case SIGNER_IS_NOT_APPLICANT -> "The signature is not the applicant's: the certificate names another IIN.";
        };
    }
}
