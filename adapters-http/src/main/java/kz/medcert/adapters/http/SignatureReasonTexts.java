package kz.medcert.adapters.http;

import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.domain.reference.Message;

/**
 * The words for each reason an EDS is not accepted (R17, R81), one short sentence each, in the reader's language
 * ({@code EDS_<reason>} of the HTTP texts): the field message of a refused submission's {@code signature}, beside the
 * reason's code.
 */
public final class SignatureReasonTexts {
    /** The code of a signature that cannot be checked now (503). */
    public static final String UNCHECKABLE_CODE = "SIGNATURE_CHECK_UNAVAILABLE";

    private SignatureReasonTexts() {
    }

    public static Message sentence(SignatureReason reason) {
        return HttpText.valueOf("EDS_" + reason.name()).message();
    }

    public static Message uncheckable() {
        return HttpText.EDS_UNCHECKABLE.message();
    }
}
