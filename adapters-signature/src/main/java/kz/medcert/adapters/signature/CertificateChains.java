package kz.medcert.adapters.signature;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import kz.medcert.application.port.in.SignatureReason;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * The signer's certificate chained to a trusted root and validated by PKIX ({@link CertPathValidator}) at the signing
 * time: every certificate of the chain within its validity then, each issued (and signed) by the next, the
 * intermediates certification authorities. The chain is built from the configured intermediates and the
 * certificates the signature carries; those alone vouch for nothing.
 */
final class CertificateChains {
    /** Longer chains than this are not followed (the NCA RK's are two or three certificates long). */
    private static final int MAX_LENGTH = 8;

    private final EdsTrust trust;

    CertificateChains(EdsTrust trust) {
        this.trust = trust;
    }

    sealed interface Chain {
    }

    /** The chain from the signer up to and including its root. */
    record Trusted(List<X509Certificate> certificates) implements Chain {
        /** The issuer of the certificate at {@code index}. */
        X509Certificate issuerOf(int index) {
            return certificates.get(index + 1);
        }
    }

    record Rejected(SignatureReason reason, String detail) implements Chain {
    }

    Chain validate(X509Certificate signer, Collection<X509Certificate> carried, Instant signingTime) {
        List<X509Certificate> pool = new ArrayList<>(trust.intermediates());
        pool.addAll(carried);
        List<X509Certificate> path = new ArrayList<>(List.of(signer));
        while (path.size() <= MAX_LENGTH) {
            X509Certificate last = path.get(path.size() - 1);
            Optional<X509Certificate> root = issuerAmong(last, trust.roots());
            if (root.isPresent()) {
                return validated(path, root.get(), signingTime);
            }
            Optional<X509Certificate> next = issuerAmong(last, pool).filter(issuer -> !path.contains(issuer));
            if (next.isEmpty()) {
                break;
            }
            path.add(next.get());
        }
        X509Certificate last = path.get(path.size() - 1);
        return new Rejected(SignatureReason.CERTIFICATE_UNTRUSTED, "no chain leads from the certificate to a "
                + "trusted certification authority: " + name(last) + " is issued by "
                + dn(last.getIssuerX500Principal()) + ", which is not trusted");
    }

    private static Optional<X509Certificate> issuerAmong(X509Certificate certificate, List<X509Certificate> pool) {
        return pool.stream().filter(candidate -> candidate.getSubjectX500Principal()
                .equals(certificate.getIssuerX500Principal()) && signs(candidate, certificate)).findFirst();
    }

    private static boolean signs(X509Certificate issuer, X509Certificate certificate) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private Chain validated(List<X509Certificate> path, X509Certificate root, Instant signingTime) {
        try {
            CertPath certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            PKIXParameters parameters = new PKIXParameters(trust.anchors());
            parameters.setRevocationEnabled(false); // checked on its own: an unreachable responder is no refusal
            parameters.setDate(Date.from(signingTime));
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
        } catch (CertPathValidatorException e) {
            return rejected(e, path, signingTime);
        } catch (CertificateException | InvalidAlgorithmParameterException | NoSuchAlgorithmException e) {
            return new Rejected(SignatureReason.CERTIFICATE_UNTRUSTED, "the certificate chain cannot be validated: "
                    + e.getMessage());
        }
        List<X509Certificate> chain = new ArrayList<>(path);
        chain.add(root);
        return new Trusted(List.copyOf(chain));
    }

    private static Rejected rejected(CertPathValidatorException e, List<X509Certificate> path, Instant signingTime) {
        X509Certificate failed = e.getIndex() >= 0 && e.getIndex() < path.size() ? path.get(e.getIndex())
                : path.get(0);
        if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED) {
            return new Rejected(SignatureReason.CERTIFICATE_EXPIRED, name(failed) + " expired at "
                    + failed.getNotAfter().toInstant() + ", before the signing time " + signingTime);
        }
        if (e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
            return new Rejected(SignatureReason.CERTIFICATE_NOT_YET_VALID, name(failed) + " is valid only from "
                    + failed.getNotBefore().toInstant() + ", after the signing time " + signingTime);
        }
        if (e.getReason() == CertPathValidatorException.BasicReason.ALGORITHM_CONSTRAINED) {
            return new Rejected(SignatureReason.UNSUPPORTED_ALGORITHM, name(failed) + " uses an algorithm that is "
                    + "not accepted: " + e.getMessage());
        }
        return new Rejected(SignatureReason.CERTIFICATE_UNTRUSTED, "the chain of " + name(failed)
                + " does not validate: " + e.getMessage());
    }

    static String name(X509Certificate certificate) {
        return "the certificate " + certificate.getSerialNumber().toString(16) + " (issued by "
                + dn(certificate.getIssuerX500Principal()) + ")";
    }

    /** A distinguished name as people read it: SERIALNUMBER=IIN..., not an object identifier and hex. */
    static String dn(X500Principal principal) {
        return X500Name.getInstance(BCStyle.INSTANCE, principal.getEncoded()).toString();
    }
}
