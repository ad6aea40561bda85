package kz.medcert.application.port.out;

import kz.medcert.domain.person.Iin;

/** Checks the applicant's electronic digital signature (EDS) over the application content (R17, R81). */
public interface SignatureVerifier {

    /** Whether {@code signature} is a valid EDS by {@code signer} over exactly {@code content}. */
    boolean verify(byte[] content, String signature, Iin signer);
}
