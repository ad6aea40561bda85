package kz.medcert.adapters.signature;

import java.io.IOException;
import java.net.URI;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.ocsp.OCSPObjectIdentifiers;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.CertException;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.ocsp.BasicOCSPResp;
import org.bouncycastle.cert.ocsp.CertificateID;
import org.bouncycastle.cert.ocsp.CertificateStatus;
import org.bouncycastle.cert.ocsp.OCSPException;
import org.bouncycastle.cert.ocsp.OCSPReq;
import org.bouncycastle.cert.ocsp.OCSPReqBuilder;
import org.bouncycastle.cert.ocsp.OCSPResp;
import org.bouncycastle.cert.ocsp.RevokedStatus;
import org.bouncycastle.cert.ocsp.SingleResp;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Asks an OCSP responder (RFC 6960) whether a certificate is revoked, and believes only an answer that is signed by
 * the certificate's issuer or by a responder the issuer delegated (id-kp-OCSPSigning), that concerns this
 * certificate, that is current, and that echoes the request's nonce when it carries one. Anything else (unreachable,
 * an HTTP or OCSP error status, an unreadable, foreign or stale answer, "unknown") is undetermined: a reason neither
 * to accept nor to refuse.
 */
final class OcspClient {
    /** How far the responder's clock may be ahead of ours. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** How old an answer without a next update or an echoed nonce may be. */
    static final Duration MAX_AGE_WITHOUT_NONCE = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpFetch http;

    OcspClient(HttpFetch http) {
        this.http = http;
    }

    /** The OCSP responder the certificate names in its Authority Information Access, if an http(s) one. */
    static Optional<URI> responderNamedBy(X509Certificate certificate) {
        byte[] value = certificate.getExtensionValue(Extension.authorityInfoAccess.getId());
        if (value == null) {
            return Optional.empty();
        }
        try {
            AuthorityInformationAccess aia = AuthorityInformationAccess.getInstance(
                    JcaX509ExtensionUtils.parseExtensionValue(value));
            for (AccessDescription description : aia.getAccessDescriptions()) {
                GeneralName location = description.getAccessLocation();
                if (description.getAccessMethod().equals(AccessDescription.id_ad_ocsp)
                        && location.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    URI uri = URI.create(location.getName().toString());
                    if (HttpFetch.isHttp(uri)) {
                        return Optional.of(uri);
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    RevocationStatus status(X509Certificate certificate, X509Certificate issuer, URI responder, Instant now) {
        String source = "OCSP " + responder;
        try {
            CertificateID id = new CertificateID(new JcaDigestCalculatorProviderBuilder().build()
                    .get(CertificateID.HASH_SHA1), new JcaX509CertificateHolder(issuer), certificate.getSerialNumber());
            byte[] nonce = new byte[16];
            RANDOM.nextBytes(nonce);
            Extension nonceExtension = new Extension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce, false,
                    new DEROctetString(new DEROctetString(nonce)));
            OCSPReq request = new OCSPReqBuilder().addRequest(id)
                    .setRequestExtensions(new Extensions(nonceExtension)).build();
            byte[] answer = http.post(responder, "application/ocsp-request", request.getEncoded(),
                    "application/ocsp-response", "the OCSP responder");
            return read(answer, id, nonceExtension, issuer, now, source);
        } catch (HttpFetch.Failed e) {
            return new RevocationStatus.Undetermined(e.getMessage());
        } catch (OperatorCreationException | OCSPException | CertificateEncodingException | IOException e) {
            return new RevocationStatus.Undetermined("the OCSP request to " + responder + " could not be made: "
                    + e.getMessage());
        }
    }

    private static RevocationStatus read(byte[] answer, CertificateID id, Extension nonce, X509Certificate issuer,
                                         Instant now, String source) {
        BasicOCSPResp basic;
        try {
            OCSPResp response = new OCSPResp(answer);
            if (response.getStatus() != OCSPResp.SUCCESSFUL) {
                return undetermined(source, "answered with OCSP status " + statusName(response.getStatus()));
            }
            if (!(response.getResponseObject() instanceof BasicOCSPResp read)) {
                return undetermined(source, "answered with no basic OCSP response");
            }
            basic = read;
        } catch (IOException | OCSPException | RuntimeException e) {
            return undetermined(source, "answered with something that is not an OCSP response");
        }
        if (!signedByTheIssuerOrItsResponder(basic, issuer, now)) {
            return undetermined(source, "answered unsigned by the certificate's issuer or its OCSP responder");
        }
        Extension echoed = basic.getExtension(OCSPObjectIdentifiers.id_pkix_ocsp_nonce);
        if (echoed != null && !echoed.getExtnValue().equals(nonce.getExtnValue())) {
            return undetermined(source, "answered another request (its nonce is not ours)");
        }
        for (SingleResp single : basic.getResponses()) {
            if (single.getCertID().equals(id)) {
                return status(single, echoed != null, now, source);
            }
        }
        return undetermined(source, "answered about other certificates");
    }

    private static RevocationStatus status(SingleResp single, boolean fresh, Instant now, String source) {
        Instant thisUpdate = single.getThisUpdate().toInstant();
        Optional<Instant> nextUpdate = Optional.ofNullable(single.getNextUpdate()).map(Date::toInstant);
        if (thisUpdate.isAfter(now.plus(CLOCK_SKEW))) {
            return undetermined(source, "answered with a status from the future (" + thisUpdate + ")");
        }
        if (nextUpdate.map(next -> next.isBefore(now.minus(CLOCK_SKEW))).orElse(false)
                || (!fresh && nextUpdate.isEmpty() && thisUpdate.isBefore(now.minus(MAX_AGE_WITHOUT_NONCE)))) {
            return undetermined(source, "answered with an out-of-date status (of " + thisUpdate + ")");
        }
        CertificateStatus status = single.getCertStatus();
        if (status == CertificateStatus.GOOD) {
            return new RevocationStatus.Good(source);
        }
        if (status instanceof RevokedStatus revoked) {
            return new RevocationStatus.Revoked(revoked.getRevocationTime().toInstant(), source);
        }
        return undetermined(source, "does not know the certificate (status unknown)");
    }

    // RFC 6960 4.2.2.2: the issuer itself, or a certificate it issued for OCSP signing, valid now
    private static boolean signedByTheIssuerOrItsResponder(BasicOCSPResp basic, X509Certificate issuer, Instant now) {
        if (signedWith(basic, issuer.getPublicKey())) {
            return true;
        }
        for (X509CertificateHolder responder : basic.getCerts()) {
            if (delegatedBy(issuer, responder, now) && signedBy(basic, responder)) {
                return true;
            }
        }
        return false;
    }

    private static boolean delegatedBy(X509Certificate issuer, X509CertificateHolder responder, Instant now) {
        try {
            Extensions extensions = responder.getExtensions();
            ExtendedKeyUsage usage = extensions == null ? null : ExtendedKeyUsage.fromExtensions(extensions);
            return responder.getIssuer().equals(new JcaX509CertificateHolder(issuer).getSubject())
                    && responder.isSignatureValid(new JcaContentVerifierProviderBuilder().build(issuer.getPublicKey()))
                    && responder.isValidOn(Date.from(now))
                    && usage != null && usage.hasKeyPurposeId(KeyPurposeId.id_kp_OCSPSigning);
        } catch (CertificateEncodingException | OperatorCreationException | CertException | RuntimeException e) {
            return false; // a responder certificate that cannot be read or checked vouches for nothing
        }
    }

    private static boolean signedBy(BasicOCSPResp basic, X509CertificateHolder responder) {
        try {
            return basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(responder));
        } catch (OperatorCreationException | CertificateException | OCSPException | RuntimeException e) {
            return false;
        }
    }

    private static boolean signedWith(BasicOCSPResp basic, PublicKey key) {
        try {
            return basic.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key));
        } catch (OperatorCreationException | OCSPException | RuntimeException e) {
            return false;
        }
    }

    private static RevocationStatus undetermined(String source, String what) {
        return new RevocationStatus.Undetermined("the " + source.replace("OCSP ", "OCSP responder at ") + " "
                + what);
    }

    private static String statusName(int status) {
        return switch (status) {
            case OCSPResp.MALFORMED_REQUEST -> "malformedRequest";
            case OCSPResp.INTERNAL_ERROR -> "internalError";
            case OCSPResp.TRY_LATER -> "tryLater";
            case OCSPResp.SIG_REQUIRED -> "sigRequired";
            case OCSPResp.UNAUTHORIZED -> "unauthorized";
            default -> Integer.toString(status);
        };
    }
}
