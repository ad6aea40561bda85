package kz.medcert.adapters.signature;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a trusted chain is revoked: by the configured CRLs, every certificate below the root whose issuer signs one
 * of them; by OCSP, the signer's certificate. A revocation that any source reports is final; otherwise a source that
 * could not tell makes the whole answer undetermined; otherwise the chain is good (or not checked at all, when no
 * source applies).
 */
final class Revocation {
    private final OcspPolicy ocsp;
    private final OcspClient ocspClient;
    private final CrlStore crls;

    Revocation(OcspPolicy ocsp, OcspClient ocspClient, CrlStore crls) {
        this.ocsp = ocsp;
        this.ocspClient = ocspClient;
        this.crls = crls;
    }

    RevocationStatus status(CertificateChains.Trusted chain, Instant now) {
        List<RevocationStatus> statuses = new ArrayList<>();
        List<X509Certificate> certificates = chain.certificates();
        if (!crls.isEmpty()) {
            for (int i = 0; i < certificates.size() - 1; i++) {
                statuses.add(crls.status(certificates.get(i), chain.issuerOf(i), now));
            }
        }
        Optional<RevocationStatus> revoked = firstRevoked(statuses);
        if (revoked.isPresent()) {
            return revoked.get();
        }
        X509Certificate signer = certificates.get(0);
        Optional<URI> responder = ocsp.responderFor(OcspClient.responderNamedBy(signer));
        responder.ifPresent(url -> statuses.add(ocspClient.status(signer, chain.issuerOf(0), url, now)));
        return firstRevoked(statuses)
                .or(() -> statuses.stream().filter(RevocationStatus.Undetermined.class::isInstance).findFirst())
                .or(() -> statuses.stream().filter(RevocationStatus.Good.class::isInstance).findFirst())
                .orElse(new RevocationStatus.NotChecked());
    }

    private static Optional<RevocationStatus> firstRevoked(List<RevocationStatus> statuses) {
        return statuses.stream().filter(RevocationStatus.Revoked.class::isInstance).findFirst();
    }
}
