package kz.medcert.adapters.web.applicant;

/**
 * NCALayer, the NCA's signing application that runs on the applicant's computer and that Kazakh e-government pages
 * ask over a local WebSocket to sign with the applicant's key. Outside demo mode the signing page's script
 * ({@code /assets/ncalayer.js}) asks it for a CMS signature of the request's content to sign (its UTF-8 bytes,
 * encapsulated) and puts it into the form; the service's {@code SignatureVerifier} checks it (the CMS verifier where
 * trust anchors are configured). Without JavaScript or NCALayer, a signature made elsewhere can be pasted.
 */
final class NcaLayer {
    /** Where NCALayer listens on the applicant's own computer. */
    static final String ADDRESS = "wss://127.0.0.1:13579";

    private NcaLayer() {
    }
}
