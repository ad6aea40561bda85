package kz.medcert.adapters.signature.testing;

import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * A holder of a certificate of the test PKI and its private key, making CMS (PKCS#7) signatures as NCALayer does:
 * base64 SignedData with the signed attributes (content type, message digest, signing time) and the certificates
 * from the signer's up to the root's.
 */
public final class TestSigner {
    private final X509Certificate certificate;
    private final PrivateKey key;
    private final List<X509Certificate> chain;

    TestSigner(X509Certificate certificate, PrivateKey key, List<X509Certificate> chain) {
        this.certificate = certificate;
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public BigInteger serial() {
        return certificate.getSerialNumber();
    }

    PrivateKey key() {
        return key;
    }

    /** A detached signature over {@code content}, stating {@code signingTime}. */
    public String sign(byte[] content, Instant signingTime) {
        return cms(content, false, Optional.of(signingTime), true, key, List.of());
    }

    /** An attached signature: {@code content} is encapsulated in it. */
    public String signAttached(byte[] content, Instant signingTime) {
        return cms(content, true, Optional.of(signingTime), true, key, List.of());
    }

    /** A detached signature whose signed attributes state no signing time. */
    public String signWithoutSigningTime(byte[] content) {
        return cms(content, false, Optional.empty(), true, key, List.of());
    }

    /** A detached signature that carries no certificate at all. */
    public String signWithoutCertificates(byte[] content, Instant signingTime) {
        return cms(content, false, Optional.of(signingTime), false, key, List.of());
    }

    /** A forgery: this signer's certificate, but the signature value made with {@code other}'s key. */
    public String signWithKeyOf(TestSigner other, byte[] content, Instant signingTime) {
        return cms(content, false, Optional.of(signingTime), true, other.key, List.of());
    }

    /** One signature with two signers: this one and {@code other}. */
    public String signTogetherWith(TestSigner other, byte[] content, Instant signingTime) {
        return cms(content, false, Optional.of(signingTime), true, key, List.of(other));
    }

    private String cms(byte[] content, boolean encapsulate, Optional<Instant> signingTime, boolean certificates,
                       PrivateKey signingKey, List<TestSigner> coSigners) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo(certificate, signingKey, signingTime));
            List<X509Certificate> carried = new ArrayList<>(chain);
            for (TestSigner coSigner : coSigners) {
                generator.addSignerInfoGenerator(signerInfo(coSigner.certificate, coSigner.key, signingTime));
                carried.add(coSigner.certificate);
            }
            if (certificates) {
                generator.addCertificates(new JcaCertStore(carried));
            }
            return Base64.getEncoder().encodeToString(generator.generate(new CMSProcessableByteArray(content),
                    encapsulate).getEncoded());
        } catch (Exception e) {
            throw new IllegalStateException("the test signer cannot sign", e);
        }
    }

    private static SignerInfoGenerator signerInfo(X509Certificate certificate, PrivateKey key,
                                                  Optional<Instant> signingTime) throws Exception {
        JcaDigestCalculatorProviderBuilder digests = new JcaDigestCalculatorProviderBuilder();
        if (TestCa.isGost(key)) {
            digests.setProvider(new BouncyCastleProvider());
        }
        return new JcaSignerInfoGeneratorBuilder(digests.build())
                .setSignedAttributeGenerator(attributes(signingTime))
                .build(TestCa.signer(key), certificate);
    }

    // BouncyCastle's default table adds the signing time of the machine's clock when none is given: state the test's
    // time, or remove it
    private static CMSAttributeTableGenerator attributes(Optional<Instant> signingTime) {
        if (signingTime.isPresent()) {
            Attribute time = new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(signingTime.get()))));
            return new DefaultSignedAttributeTableGenerator(new AttributeTable(time));
        }
        DefaultSignedAttributeTableGenerator standard = new DefaultSignedAttributeTableGenerator();
        return parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
