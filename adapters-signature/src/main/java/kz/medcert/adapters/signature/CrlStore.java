package kz.medcert.adapters.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The configured certificate revocation lists. A certificate is checked against each list its issuer signed; a list
 * that cannot be had now (a file missing, a download failing), that no longer is current (its next update has
 * passed) or that is not signed by the issuer it names leaves the status undetermined, because a list that cannot be
 * read might be the one that revokes the certificate. A certificate whose issuer signs none of the lists is not
 * checked by CRL.
 */
final class CrlStore {
    private final List<Source> sources;

    CrlStore(List<CrlSource> sources, HttpFetch http) {
        this.sources = sources.stream().map(source -> new Source(source, http)).toList();
    }

    boolean isEmpty() {
        return sources.isEmpty();
    }

    RevocationStatus status(X509Certificate certificate, X509Certificate issuer, Instant now) {
        List<String> undetermined = new ArrayList<>();
        Optional<RevocationStatus> good = Optional.empty();
        for (Source source : sources) {
            X509CRL crl;
            try {
                crl = source.current(now);
            } catch (Unavailable e) {
                undetermined.add(e.getMessage());
                continue;
            }
            if (!crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
                continue;
            }
            try {
                crl.verify(issuer.getPublicKey());
            } catch (GeneralSecurityException | RuntimeException e) {
                undetermined.add("the CRL " + source.source + " is not signed by its issuer "
                        + CertificateChains.dn(issuer.getSubjectX500Principal()));
                continue;
            }
            if (crl.getNextUpdate() != null && crl.getNextUpdate().toInstant().isBefore(now)) {
                undetermined.add("the CRL " + source.source + " is out of date (next update was due "
                        + crl.getNextUpdate().toInstant() + ")");
                continue;
            }
            X509CRLEntry entry = crl.getRevokedCertificate(certificate);
            if (entry != null) {
                return new RevocationStatus.Revoked(entry.getRevocationDate().toInstant(), "CRL " + source.source);
            }
            good = Optional.of(new RevocationStatus.Good("CRL " + source.source));
        }
        if (!undetermined.isEmpty()) {
            return new RevocationStatus.Undetermined(String.join("; ", undetermined));
        }
        return good.orElse(new RevocationStatus.NotChecked());
    }

    /** One list, read again from its file when the file changes, or downloaded again when its next update is due. */
    private static final class Source {
        private final CrlSource source;
        private final HttpFetch http;
        private X509CRL cached;
        private FileTime cachedModified;

        Source(CrlSource source, HttpFetch http) {
            this.source = source;
            this.http = http;
        }

        synchronized X509CRL current(Instant now) throws Unavailable {
            return source.isFile() ? fromFile() : fromUrl(now);
        }

        private X509CRL fromFile() throws Unavailable {
            Path file = Path.of(source.location());
            try {
                FileTime modified = Files.getLastModifiedTime(file);
                if (cached == null || !modified.equals(cachedModified)) {
                    cached = parse(Files.readAllBytes(file));
                    cachedModified = modified;
                }
                return cached;
            } catch (IOException e) {
                throw new Unavailable("the CRL file " + file + " cannot be read");
            }
        }

        private X509CRL fromUrl(Instant now) throws Unavailable {
            if (cached != null && cached.getNextUpdate() != null && cached.getNextUpdate().toInstant().isAfter(now)) {
                return cached;
            }
            try {
                cached = parse(http.get(source.location(), "the CRL distribution point"));
                return cached;
            } catch (HttpFetch.Failed e) {
                throw new Unavailable(e.getMessage());
            }
        }

        private X509CRL parse(byte[] bytes) throws Unavailable {
            try {
                return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(bytes));
            } catch (CRLException | CertificateException | RuntimeException e) {
                throw new Unavailable("the CRL " + source + " is not a PEM or DER certificate revocation list");
            }
        }
    }

    private static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message) {
            super(message, null, false, false);
        }
    }
}
