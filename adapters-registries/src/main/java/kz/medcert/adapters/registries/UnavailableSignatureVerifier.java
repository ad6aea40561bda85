package kz.medcert.adapters.registries;

import kz.medcert.application.port.out.SignatureVerifier;
import kz.medcert.domain.person.Iin;

/**
 * The EDS verifier outside demo mode, as long as no adapter to the NCA RK PKI service is configured: it accepts no
 * signature, the demo signature ({@code DEMO-EDS:...}) least of all, so that nothing is submitted on a proof nobody
 * checked.
 */
public final class UnavailableSignatureVerifier implements SignatureVerifier {

    @Override
    public boolean verify(byte[] content, String signature, Iin signer) {
        return false;
    }
}
