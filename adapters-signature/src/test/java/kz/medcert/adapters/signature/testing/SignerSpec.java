package kz.medcert.adapters.signature.testing;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.bouncycastle.asn1.x509.KeyUsage;

/** What a signer certificate of the test PKI is like; start from {@link TestCa#signer(String)} and change a part. */
public record SignerSpec(Optional<String> iin, String commonName, TestCa.KeyType keyType, Instant from,
                         Instant until, int keyUsage, Optional<URI> ocsp) {

    public SignerSpec rsa() {
        return new SignerSpec(iin, commonName, TestCa.KeyType.RSA, from, until, keyUsage, ocsp);
    }

    public SignerSpec ecdsa() {
        return new SignerSpec(iin, commonName, TestCa.KeyType.EC, from, until, keyUsage, ocsp);
    }

    public SignerSpec validBetween(Instant validFrom, Instant validUntil) {
        return new SignerSpec(iin, commonName, keyType, validFrom, validUntil, keyUsage, ocsp);
    }

    /** Key usages as {@link KeyUsage} flags, e.g. {@code KeyUsage.keyEncipherment} for an encryption certificate. */
    public SignerSpec keyUsage(int usages) {
        return new SignerSpec(iin, commonName, keyType, from, until, usages, ocsp);
    }

    /** The OCSP responder the certificate names in its Authority Information Access. */
    public SignerSpec ocsp(URI responder) {
        return new SignerSpec(iin, commonName, keyType, from, until, keyUsage, Optional.of(responder));
    }

    /** A subject without SERIALNUMBER: the certificate names no IIN. */
    public SignerSpec withoutIin() {
        return new SignerSpec(Optional.empty(), commonName, keyType, from, until, keyUsage, ocsp);
    }
}
