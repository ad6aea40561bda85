package kz.medcert.adapters.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The certification authorities whose signers the service trusts: the roots (self-signed certificates, the PKIX trust
 * anchors) and the intermediates between them and the signers (e.g. the NCA RK root and its issuing authorities),
 * read from PEM files. An intermediate is trusted only through a chain to a root; a signature may carry further
 * intermediates, which are trusted the same way.
 */
public final class EdsTrust {
    private final List<X509Certificate> roots;
    private final List<X509Certificate> intermediates;

    private EdsTrust(List<X509Certificate> roots, List<X509Certificate> intermediates) {
        this.roots = List.copyOf(roots);
        this.intermediates = List.copyOf(intermediates);
        if (this.roots.isEmpty()) {
            throw new IllegalArgumentException("no root certificate (a self-signed one) among the trust anchors");
        }
    }

    /** The trust of these certificates: the self-signed ones are roots, the others intermediates. */
    public static EdsTrust of(List<X509Certificate> certificates) {
        List<X509Certificate> roots = new ArrayList<>();
        List<X509Certificate> intermediates = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            (selfSigned(certificate) ? roots : intermediates).add(certificate);
        }
        return new EdsTrust(roots, intermediates);
    }

    /**
     * Reads every certificate of the PEM (or DER) files.
     *
     * @throws IllegalArgumentException naming the file that cannot be read or holds no certificate, or when no file
     *                                  holds a root
     */
    public static EdsTrust fromFiles(List<Path> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no trust anchor file");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Path file : files) {
            certificates.addAll(read(file));
        }
        return of(certificates);
    }

    private static List<X509Certificate> read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> read = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(X509Certificate.class::cast).toList();
            if (read.isEmpty()) {
                throw new IllegalArgumentException(file + " holds no certificate");
            }
            return read;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new IllegalArgumentException(file + " is not a PEM or DER certificate file: " + e.getMessage(), e);
        }
    }

    static boolean selfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    List<X509Certificate> roots() {
        return roots;
    }

    List<X509Certificate> intermediates() {
        return intermediates;
    }

    Set<TrustAnchor> anchors() {
        return roots.stream().map(root -> new TrustAnchor(root, null)).collect(Collectors.toUnmodifiableSet());
    }

    /** For the start-up log: the roots' and intermediates' subjects. */
    public String describe() {
        return roots.size() + " root(s) " + names(roots) + " and " + intermediates.size() + " intermediate(s) "
                + names(intermediates);
    }

    private static String names(List<X509Certificate> certificates) {
        return certificates.stream().map(c -> CertificateChains.dn(c.getSubjectX500Principal()))
                .collect(Collectors.joining("; ", "[", "]"));
    }
}
