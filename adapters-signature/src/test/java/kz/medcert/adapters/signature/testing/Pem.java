package kz.medcert.adapters.signature.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CRLException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** PEM files of the test PKI, as an operator would configure them. */
public final class Pem {
    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

    private Pem() {
    }

    /** Writes the certificates, one PEM block each, into {@code file}; returns it. */
    public static Path write(Path file, X509Certificate... certificates) {
        StringBuilder pem = new StringBuilder();
        try {
            for (X509Certificate certificate : certificates) {
                pem.append(block("CERTIFICATE", certificate.getEncoded()));
            }
            return Files.writeString(file, pem);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the CRL as PEM into {@code file}; returns it. */
    public static Path write(Path file, X509CRL crl) {
        try {
            return Files.writeString(file, block("X509 CRL", crl.getEncoded()));
        } catch (CRLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + BASE64.encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
