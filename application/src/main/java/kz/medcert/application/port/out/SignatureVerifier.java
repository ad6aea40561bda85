package kz.medcert.application.port.out;

import kz.medcert.domain.person.Iin;

/** Checks the applicant's electronic digital signature (EDS) over the application content (R17, R81). */
public interface SignatureVerifier {

    /**
     * Whether {@code signature} is a valid EDS by {@code signer} over exactly {@code content}, and if not, why, or
     * that it cannot be told now. Never throws for a malformed signature: that is {@link SignatureCheck.Invalid}.
     */
    SignatureCheck verify(byte[] content, String signature, Iin signer);
}
