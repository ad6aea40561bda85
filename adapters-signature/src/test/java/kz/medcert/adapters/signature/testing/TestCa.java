package kz.medcert.adapters.signature.testing;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certification authority of a test PKI, built with BouncyCastle (no provider registered: the JDK's RSA and EC):
 * a root, intermediates under it, signer certificates in the form the NCA RK issues them (subject
 * {@code SERIALNUMBER=IIN<12 digits>}, digitalSignature and nonRepudiation key usages, optionally the OCSP responder
 * in the Authority Information Access), OCSP responder certificates and CRLs.
 */
public final class TestCa {
    private static final AtomicLong SERIALS = new AtomicLong(0x5c1f00);

    private final X500Name name;
    private final KeyPair keys;
    private final X509Certificate certificate;
    /** This CA's certificate and those above it, up to and including the root. */
    private final List<X509Certificate> chain;

    private TestCa(X500Name name, KeyPair keys, X509Certificate certificate, List<X509Certificate> above) {
        this.name = name;
        this.keys = keys;
        this.certificate = certificate;
        List<X509Certificate> all = new ArrayList<>(List.of(certificate));
        all.addAll(above);
        this.chain = List.copyOf(all);
    }

    /** A self-signed root named {@code CN=<commonName>, O=..., C=KZ} with an RSA key, valid between the instants. */
    public static TestCa root(String commonName, Instant from, Instant until) {
        X500Name name = caName(commonName);
        KeyPair keys = KeyType.RSA.generate();
        X509Certificate certificate = build(name, keys.getPublic(), name, keys.getPrivate(), null, from, until,
                builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                });
        return new TestCa(name, keys, certificate, List.of());
    }

    /** A root as {@link #root(String, Instant, Instant)}, valid 2020–2040: around every day the tests sign on. */
    public static TestCa root(String commonName) {
        return root(commonName, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2040-01-01T00:00:00Z"));
    }

    /** An intermediate under this one as {@link #intermediate(String, Instant, Instant)}, valid 2021–2036. */
    public TestCa intermediate(String commonName) {
        return intermediate(commonName, Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"));
    }

    /** An intermediate authority under this one, with an RSA key. */
    public TestCa intermediate(String commonName, Instant from, Instant until) {
        X500Name subject = caName(commonName);
        KeyPair intermediateKeys = KeyType.RSA.generate();
        X509Certificate issued = build(subject, intermediateKeys.getPublic(), name, keys.getPrivate(), certificate,
                from, until, builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
                    builder.addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                });
        return new TestCa(subject, intermediateKeys, issued, chain);
    }

    /** What a signer certificate will be like: the applicant's IIN, an EC key, signing key usages, valid 2020–2035. */
    public static SignerSpec signer(String iin) {
        return new SignerSpec(Optional.of(iin), "Тестов Тест", KeyType.EC, Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2035-01-01T00:00:00Z"), KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
                Optional.empty());
    }

    /** A signer certificate of this authority as {@code spec} says, with a key of its own. */
    public TestSigner issue(SignerSpec spec) {
        return issue(spec, spec.keyType().generate());
    }

    /** A signer certificate of this authority as {@code spec} says, for these keys (e.g. of another algorithm). */
    public TestSigner issue(SignerSpec spec, KeyPair signerKeys) {
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, spec.commonName());
        spec.iin().ifPresent(iin -> subject.addRDN(BCStyle.SERIALNUMBER, "IIN" + iin));
        subject.addRDN(BCStyle.C, "KZ");
        X509Certificate issued = build(subject.build(), signerKeys.getPublic(), name, keys.getPrivate(), certificate,
                spec.from(), spec.until(), builder -> {
                    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(spec.keyUsage()));
                    if (spec.ocsp().isPresent()) {
                        builder.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(
                                AccessDescription.id_ad_ocsp, new GeneralName(GeneralName.uniformResourceIdentifier,
                                spec.ocsp().get().toString())));
                    }
                });
        List<X509Certificate> signerChain = new ArrayList<>(List.of(issued));
        signerChain.addAll(chain);
        return new TestSigner(issued, signerKeys.getPrivate(), signerChain);
    }

    /** A certificate this authority delegates OCSP signing to (id-kp-OCSPSigning), with its key. */
    public TestSigner ocspResponder(Instant from, Instant until) {
        KeyPair responderKeys = KeyType.EC.generate();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, "OCSP responder")
                .addRDN(BCStyle.O, "MedCert test PKI").addRDN(BCStyle.C, "KZ").build();
        X509Certificate issued = build(subject, responderKeys.getPublic(), name, keys.getPrivate(), certificate, from,
                until, builder -> {
                    builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
                    builder.addExtension(Extension.extendedKeyUsage, false,
                            new ExtendedKeyUsage(KeyPurposeId.id_kp_OCSPSigning));
                });
        List<X509Certificate> responderChain = new ArrayList<>(List.of(issued));
        responderChain.addAll(chain);
        return new TestSigner(issued, responderKeys.getPrivate(), responderChain);
    }

    /** A CRL of this authority, current from {@code thisUpdate} to {@code nextUpdate}, listing these revocations. */
    public X509CRL crl(Instant thisUpdate, Instant nextUpdate, Map<BigInteger, Instant> revoked) {
        try {
            X509v2CRLBuilder builder = new JcaX509v2CRLBuilder(certificate.getSubjectX500Principal(),
                    Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            revoked.forEach((serial, at) -> builder.addCRLEntry(serial, Date.from(at), CRLReason.keyCompromise));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(certificate));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(SERIALS.get())));
            return new JcaX509CRLConverter().getCRL(builder.build(signer(keys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException("the test CA cannot make a CRL", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    PrivateKey privateKey() {
        return keys.getPrivate();
    }

    PublicKey publicKey() {
        return keys.getPublic();
    }

    /** This authority's certificate and those above it, up to and including the root. */
    public List<X509Certificate> chain() {
        return chain;
    }

    static ContentSigner signer(PrivateKey key) {
        try {
            if (isGost(key)) {
                return new JcaContentSignerBuilder("GOST3411withECGOST3410").setProvider(new BouncyCastleProvider())
                        .build(key);
            }
            return new JcaContentSignerBuilder(KeyType.of(key).signatureAlgorithm()).build(key);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GOST key, made with BouncyCastle's provider (passed, never registered): signed and digested with it. */
    static boolean isGost(PrivateKey key) {
        return key.getAlgorithm().contains("GOST");
    }

    private static X500Name caName(String commonName) {
        return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName)
                .addRDN(BCStyle.O, "MedCert test PKI").addRDN(BCStyle.C, "KZ").build();
    }

    private interface Extensions {
        void add(X509v3CertificateBuilder builder) throws Exception;
    }

    private static X509Certificate build(X500Name subject, PublicKey subjectKey, X500Name issuer,
                                         PrivateKey issuerKey, X509Certificate issuerCertificate, Instant from,
                                         Instant until, Extensions extensions) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(from), Date.from(until), subject,
                    subjectKey);
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            if (issuerCertificate != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        utils.createAuthorityKeyIdentifier(issuerCertificate));
            }
            extensions.add(builder);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer(issuerKey)));
        } catch (Exception e) {
            throw new IllegalStateException("the test CA cannot issue a certificate", e);
        }
    }

    /** The key types of the test PKI. */
    public enum KeyType {
        RSA("SHA256withRSA"), EC("SHA256withECDSA");

        private final String signatureAlgorithm;

        KeyType(String signatureAlgorithm) {
            this.signatureAlgorithm = signatureAlgorithm;
        }

        String signatureAlgorithm() {
            return signatureAlgorithm;
        }

        static KeyType of(PrivateKey key) {
            return key.getAlgorithm().equals("RSA") ? RSA : EC;
        }

        KeyPair generate() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance(name());
                if (this == RSA) {
                    generator.initialize(2048);
                } else {
                    generator.initialize(new ECGenParameterSpec("secp256r1"));
                }
                return generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
