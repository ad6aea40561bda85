package kz.medcert.adapters.signature;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import kz.medcert.application.port.in.SignatureReason;
import kz.medcert.application.port.out.SignatureCheck;
import kz.medcert.application.port.out.SignatureVerifier;
import kz.medcert.domain.person.Iin;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * The applicant's EDS as the Kazakh PKI makes it (R17, R81): a base64 CMS (PKCS#7) SignedData, detached (its content
 * is the request's signing content) or attached (its encapsulated content must be exactly that content), with exactly
 * one signer, checked in this order, the first failure being the answer:
 * <ol>
 *   <li>it is CMS at all ({@code SIGNATURE_NOT_CMS}), over the request's current content ({@code CONTENT_MISMATCH}),
 *       carrying the signer's certificate ({@code SIGNER_CERTIFICATE_MISSING});</li>
 *   <li>the signer info verifies over the content's digest with the certificate's key ({@code SIGNATURE_INVALID};
 *       an algorithm no provider implements: {@code UNSUPPORTED_ALGORITHM});</li>
 *   <li>the signing time is the signed attribute {@code signingTime}, else the moment of the check; one in the future
 *       is refused ({@code SIGNING_TIME_IN_FUTURE});</li>
 *   <li>the certificate chains to a configured root through configured (or carried) intermediates, validated by
 *       PKIX at the signing time ({@code CERTIFICATE_UNTRUSTED}, {@code CERTIFICATE_EXPIRED},
 *       {@code CERTIFICATE_NOT_YET_VALID});</li>
 *   <li>it has the digitalSignature key usage ({@code KEY_USAGE_NOT_DIGITAL_SIGNATURE});</li>
 *   <li>its subject's {@code SERIALNUMBER} is {@code IIN} and the applicant's IIN ({@code SIGNER_IS_NOT_APPLICANT});</li>
 *   <li>it is not revoked, by the configured CRLs (for every certificate of the chain whose issuer signs one) and by
 *       OCSP (for the signer's certificate: the configured responder, or the one its AIA names)
 *       ({@code CERTIFICATE_REVOKED}). A certificate revoked at any time before the check is refused, whatever
 *       signing time the signature states: that time is the signer's own claim, not a time-stamp. A responder or a
 *       CRL that cannot be had, or answers nothing usable, makes the check {@link SignatureCheck.Unavailable}: never
 *       valid, never invalid.</li>
 * </ol>
 *
 * <p>Algorithms: every one is looked up through the JCA by the names and object identifiers of the signature and the
 * certificates, so RSA (PKCS#1 v1.5) and ECDSA with SHA-2 work with the JDK's own providers. The NCA RK also issues
 * GOST 34.310-2004 keys (signatures with GOST 34.311-95 digests), which no JDK provider implements: such a signature
 * is {@code UNSUPPORTED_ALGORITHM} until a JCA provider that implements them is registered at start-up
 * ({@code MEDCERT_EDS_JCA_PROVIDER}, see {@link JcaProviders} and the README), e.g. the NCA's Kalkan provider;
 * nothing else changes here. No such provider is part of this build and the Kazakh GOST signatures are not tested;
 * the mechanism is, with BouncyCastle's provider and the Russian GOST R 34.10-2001 ({@code JcaProvidersTest}).
 */
public final class CmsSignatureVerifier implements SignatureVerifier {
    /** How far a signer's clock may run ahead of ours. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final CertificateChains chains;
    private final Revocation revocation;
    private final Clock clock;

    public CmsSignatureVerifier(EdsSettings settings, Clock clock) {
        Objects.requireNonNull(settings, "settings");
        this.chains = new CertificateChains(settings.trust());
        HttpFetch http = new HttpFetch(settings.timeout());
        this.revocation = new Revocation(settings.ocsp(), new OcspClient(http), new CrlStore(settings.crls(), http));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SignatureCheck verify(byte[] content, String signature, Iin signer) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(signer, "signer");
        Optional<CMSSignedData> parsed = parse(signature);
        if (parsed.isEmpty()) {
            return invalid(SignatureReason.SIGNATURE_NOT_CMS, "it is not a base64 CMS (PKCS#7) SignedData");
        }
        CMSSignedData cms = parsed.get();
        boolean detached = cms.getSignedContent() == null;
        if (detached) {
            try {
                cms = new CMSSignedData(new CMSProcessableByteArray(content), cms.getEncoded());
            } catch (CMSException | IOException | RuntimeException e) {
                return invalid(SignatureReason.SIGNATURE_NOT_CMS, "it is not a readable CMS SignedData");
            }
        } else if (!MessageDigest.isEqual(encapsulated(cms), content)) {
            return invalid(SignatureReason.CONTENT_MISMATCH, "the content it encapsulates is not the request's "
                    + "current content");
        }
        return checkSigner(cms, detached, signer);
    }

    private SignatureCheck checkSigner(CMSSignedData cms, boolean detached, Iin applicant) {
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return invalid(SignatureReason.SIGNATURE_INVALID, "it has " + signers.size() + " signers, not one");
        }
        SignerInformation signerInfo = signers.iterator().next();
        List<X509Certificate> carried = certificates(cms.getCertificates().getMatches(null));
        List<X509Certificate> own = certificates(cms.getCertificates().getMatches(signerInfo.getSID()));
        if (own.isEmpty()) {
            return invalid(SignatureReason.SIGNER_CERTIFICATE_MISSING, "it carries no certificate of its signer");
        }
        X509Certificate certificate = own.get(0);
        Optional<SignatureCheck> badSignature = verifySignerInfo(signerInfo, certificate, detached);
        if (badSignature.isPresent()) {
            return badSignature.get();
        }
        Instant now = clock.instant();
        Optional<Instant> stated = signingTime(signerInfo);
        if (stated.isPresent() && stated.get().isAfter(now.plus(CLOCK_SKEW))) {
            return invalid(SignatureReason.SIGNING_TIME_IN_FUTURE, "it states the signing time " + stated.get()
                    + ", which is later than now (" + now + ")");
        }
        Instant signingTime = stated.orElse(now);
        carried.remove(certificate);
        CertificateChains.Chain chain = chains.validate(certificate, carried, signingTime);
        if (chain instanceof CertificateChains.Rejected rejected) {
            return invalid(rejected.reason(), rejected.detail());
        }
        boolean[] keyUsage = certificate.getKeyUsage();
        if (keyUsage == null || !keyUsage[0]) {
            return invalid(SignatureReason.KEY_USAGE_NOT_DIGITAL_SIGNATURE, CertificateChains.name(certificate)
                    + " does not have the digitalSignature key usage");
        }
        Optional<String> iin = SignerIin.of(certificate);
        if (iin.isEmpty()) {
            return invalid(SignatureReason.SIGNER_IS_NOT_APPLICANT, CertificateChains.name(certificate)
                    + " names no IIN (subject SERIALNUMBER=IIN...)");
        }
        if (!iin.get().equals(applicant.value())) {
            return invalid(SignatureReason.SIGNER_IS_NOT_APPLICANT, "the certificate is issued to IIN "
                    + masked(iin.get()) + ", not to the applicant");
        }
        RevocationStatus status = revocation.status((CertificateChains.Trusted) chain, now);
        if (status instanceof RevocationStatus.Revoked revoked) {
            return invalid(SignatureReason.CERTIFICATE_REVOKED, CertificateChains.name(certificate) + " was revoked "
                    + "at " + revoked.at() + " (" + revoked.source() + ")");
        }
        if (status instanceof RevocationStatus.Undetermined undetermined) {
            return new SignatureCheck.Unavailable(undetermined.why());
        }
        return new SignatureCheck.Valid(new SignatureCheck.Signer(
                CertificateChains.dn(certificate.getSubjectX500Principal()),
                CertificateChains.dn(certificate.getIssuerX500Principal()), certificate.getSerialNumber().toString(16),
                signingTime));
    }

    // a detached signature's digest mismatch means other content was signed; an attached one's, a forged signature
    private static Optional<SignatureCheck> verifySignerInfo(SignerInformation signerInfo,
                                                            X509Certificate certificate, boolean detached) {
        try {
            // by the key alone: the certificate's validity is judged by PKIX at the signing time, not here
            if (signerInfo.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate.getPublicKey()))) {
                return Optional.empty();
            }
            return Optional.of(invalid(SignatureReason.SIGNATURE_INVALID, "its signature value does not verify with "
                    + "the key of " + CertificateChains.name(certificate)));
        } catch (CMSSignerDigestMismatchException e) {
            return Optional.of(detached
                    ? invalid(SignatureReason.CONTENT_MISMATCH, "it signs other content than the request's current "
                    + "content")
                    : invalid(SignatureReason.SIGNATURE_INVALID, "its message digest is not the digest of the content "
                    + "it encapsulates"));
        } catch (OperatorCreationException e) {
            return Optional.of(unsupported(signerInfo));
        } catch (CMSException | RuntimeException e) {
            return Optional.of(lacksAlgorithm(e) ? unsupported(signerInfo)
                    : invalid(SignatureReason.SIGNATURE_INVALID, "its signer info cannot be verified"));
        }
    }

    // BouncyCastle wraps a missing algorithm (the JCA's NoSuchAlgorithmException) in its own exceptions
    private static boolean lacksAlgorithm(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OperatorCreationException || cause instanceof NoSuchAlgorithmException) {
                return true;
            }
        }
        return false;
    }

    private static SignatureCheck.Invalid unsupported(SignerInformation signerInfo) {
        return invalid(SignatureReason.UNSUPPORTED_ALGORITHM, "its signature algorithm "
                + signerInfo.getEncryptionAlgOID() + " with digest algorithm " + signerInfo.getDigestAlgOID()
                + " is implemented by no installed JCA provider");
    }

    private static Optional<CMSSignedData> parse(String signature) {
        if (signature == null) {
            return Optional.empty();
        }
        try {
            byte[] der = Base64.getDecoder().decode(signature.replaceAll("\\s", ""));
            return der.length == 0 ? Optional.empty() : Optional.of(new CMSSignedData(der));
        } catch (CMSException | RuntimeException e) {
            return Optional.empty(); // not base64, not DER, not SignedData: BouncyCastle says so in several ways
        }
    }

    private static byte[] encapsulated(CMSSignedData cms) {
        Object content = cms.getSignedContent().getContent();
        return content instanceof byte[] bytes ? bytes : new byte[0];
    }

    private static Optional<Instant> signingTime(SignerInformation signerInfo) {
        AttributeTable attributes = signerInfo.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<X509Certificate> certificates(Collection<X509CertificateHolder> holders) {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> certificates = new ArrayList<>();
        for (X509CertificateHolder holder : holders) {
            try {
                certificates.add(converter.getCertificate(holder));
            } catch (CertificateException e) {
                // a certificate the JDK cannot read chains to nothing; the chain check says so if it was needed
            }
        }
        return certificates;
    }

    // as Iin.masked() writes it: another person's IIN is not shown whole
    private static String masked(String iin) {
        return iin.substring(0, 4) + "******" + iin.substring(10);
    }

    private static SignatureCheck.Invalid invalid(SignatureReason reason, String detail) {
        return new SignatureCheck.Invalid(reason, detail);
    }
}
