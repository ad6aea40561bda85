package kz.medcert.adapters.registries;

import kz.medcert.application.port.out.SignatureCheck;
import kz.medcert.application.port.out.SignatureVerifier;
import kz.medcert.domain.person.Iin;

/**
 * The EDS verifier outside demo mode as long as no trust anchors are configured (MEDCERT_EDS_TRUST_ANCHORS): no
 * signature can be checked, the demo signature ({@code DEMO-EDS:...}) no more than a real one, so nothing is submitted
 * on a proof nobody checked; and none is refused as if it had been checked. Every submission is answered "cannot be
 * checked now" and stores nothing.
 */
public final class UnavailableSignatureVerifier implements SignatureVerifier {
    static final String WHAT = "no EDS verifier is configured (MEDCERT_EDS_TRUST_ANCHORS is not set)";

    @Override
    public SignatureCheck verify(byte[] content, String signature, Iin signer) {
        return new SignatureCheck.Unavailable(WHAT);
    }
}
